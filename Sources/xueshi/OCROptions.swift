import ArgumentParser
import XueshiPipeline

extension OCRChoice: ExpressibleByArgument {}

/// `--ocr`, shared by every command that scans.
struct OCROptions: ParsableArguments {
    @Option(name: .long, help: "扫描件与图片的 OCR 引擎 (OCR engine for scans and images: auto = PP-OCR when installed, else tesseract; off)")
    var ocr: OCRChoice = .auto

    func apply(to options: inout ScanOptions) { options.read.ocr = ocr }
}
