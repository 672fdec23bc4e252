print("xueshi")
