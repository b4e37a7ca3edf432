try:
    pass
except ValueError as e:
    print(e)
except (KeyError, IndexError) as err:
    pass
finally:
    done = True
def f():
    try:
        return 1
    except Exception as exc:
        return exc
