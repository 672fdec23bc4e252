// XueshiRead
