data_disk = 7
