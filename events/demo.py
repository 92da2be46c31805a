def seed(*, users, organisations):
    return None
