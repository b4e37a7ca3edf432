# an exception in finally replaces the one in flight
def work():
    try:
        return 1 / 0
    finally:
        print("cleanup")
        None.attribute

work()
