x = f"\N{x"
