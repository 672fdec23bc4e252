// XueshiCheck
