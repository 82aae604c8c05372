package danvan.identity;

/** Production start without any account and without DANVAN_ADMIN_PASSWORD: danvan refuses to start. */
class MissingAdminPasswordException extends IllegalStateException {

	static final String MESSAGE = """
			danvan đang chạy ở chế độ vận hành (production) nhưng chưa có tài khoản quản trị nào.
			Hãy đặt biến môi trường DANVAN_ADMIN_PASSWORD (ít nhất 8 ký tự, có chữ và số) rồi khởi động lại.
			danvan runs in production mode with no account yet: set DANVAN_ADMIN_PASSWORD and start again.""";

	MissingAdminPasswordException() {
		super(MESSAGE);
	}

}
