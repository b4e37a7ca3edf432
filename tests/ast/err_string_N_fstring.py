x = f"{x}\N{NO SUCH NAME}{y}"
