x = "\Nx"
