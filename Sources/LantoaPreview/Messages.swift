import Lantoa

/// What the preview server says. English and Vietnamese side by side; see `Message`.
extension Message {
    // MARK: PreviewServer.swift

    static func previewStoppedAcceptingConnectionsClosed(_ reason: some CustomStringConvertible, _ port: some CustomStringConvertible) -> Message {
        Message("the preview stopped accepting connections (\(reason)); it closed them all and listens again on port \(port)",
                "bản xem trước ngừng nhận kết nối (\(reason)); đã đóng hết các kết nối và nghe lại trên cổng \(port)")
    }

    // MARK: LiveReload.swift

    static let overlayHeading = Message("The build failed — the page below is the last good build",
                                        "Bản dựng lỗi — trang dưới đây là bản dựng tốt gần nhất")
    static let overlayFixAndSave = Message("Fix the files below and save: this page reloads by itself.",
                                           "Sửa các tệp dưới đây rồi lưu: trang này sẽ tự tải lại.")
    static let overlayClose = Message("Close", "Đóng")
}
