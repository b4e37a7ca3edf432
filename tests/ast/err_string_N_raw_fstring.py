x = fr"\N{DIGIT ONE}"
