# an operator spread over lines
x = (1 +
     2 +
     "a")
