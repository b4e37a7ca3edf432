x = "café" + (1 +
