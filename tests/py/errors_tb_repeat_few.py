# a short recursion: exactly at and just past the cut-off of 3
def count(n):
    if n == 0:
        return 1 // n
    return count(n - 1)

try:
    count(3)
except ZeroDivisionError as e:
    print("caught", e)
count(4)
