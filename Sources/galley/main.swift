// placeholder until the CLI lands
print("galley")
