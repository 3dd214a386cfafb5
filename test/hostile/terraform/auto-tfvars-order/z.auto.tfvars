data_disk = 9
