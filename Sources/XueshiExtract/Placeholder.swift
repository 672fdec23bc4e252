// XueshiExtract
