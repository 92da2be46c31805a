# French formats as people write them: "mardi 22 novembre 2022, 9 h 30".
DATE_FORMAT = "l j F Y"
SHORT_DATE_FORMAT = "d/m/Y"
TIME_FORMAT = r"G \h i"
DATETIME_FORMAT = r"l j F Y, G \h i"
SHORT_DATETIME_FORMAT = r"d/m/Y G \h i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
FIRST_DAY_OF_WEEK = 1
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d", "%d/%m/%y"]
DATETIME_INPUT_FORMATS = ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\u202f"
NUMBER_GROUPING = 3
