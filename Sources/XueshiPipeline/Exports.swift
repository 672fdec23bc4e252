// The shells (CLI, and later the store and the server) see the pipeline's value types through this module.
@_exported import XueshiCore
@_exported import XueshiExtract
@_exported import XueshiNormalize
@_exported import XueshiOCR
