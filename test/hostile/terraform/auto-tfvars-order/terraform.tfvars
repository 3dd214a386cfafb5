data_disk = 4294967295
