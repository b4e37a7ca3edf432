# leading comment

# another


x = 1  # trailing comment
  # indented comment

def f():  # comment after colon
    # comment in body
    return 1  # trailing

    # blank with comment
# dedented comment
y = 2
