def seed(*, users, organisations) -> str:
    return "todo"
