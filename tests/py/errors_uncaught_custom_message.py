def validate(age):
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")
    return age
for a in [3, 0, -2]:
    print("valid", validate(a))
