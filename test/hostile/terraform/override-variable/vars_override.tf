variable "data_disk" {
  default = 6
}
