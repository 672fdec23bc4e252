// XueshiPipeline
