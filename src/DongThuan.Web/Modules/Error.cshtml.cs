using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DongThuan.Web.Modules;

/// <summary>The friendly error page: what went wrong in plain words, and an id to quote to support. Never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string CorrelationId { get; private set; } = "";

    /// <summary>What exactly was wrong with the input, when the request said (<see cref="InputGuard"/>), already in the reader's language.</summary>
    public string? Detail { get; private set; }

    public string Heading => Status switch
    {
        404 => "Không tìm thấy trang",
        403 => "Bạn không có quyền truy cập",
        400 => "Yêu cầu không hợp lệ",
        < 500 => "Yêu cầu không thực hiện được",
        _ => "Đã có lỗi xảy ra",
    };

    public string Explanation => Status switch
    {
        404 => "Trang hoặc bản ghi bạn tìm không tồn tại, hoặc đã được chuyển đi.",
        403 => "Tài khoản của bạn không được phép xem hoặc thao tác trên nội dung này.",
        400 => "Biểu mẫu đã hết hạn hoặc dữ liệu gửi lên không hợp lệ. Vui lòng tải lại trang và thử lại.",
        < 500 => "Yêu cầu không thực hiện được. Vui lòng kiểm tra lại.",
        _ => "Hệ thống gặp lỗi ngoài dự kiến. Dữ liệu của bạn chưa được lưu. Vui lòng thử lại; nếu lỗi lặp lại, hãy báo mã tra cứu dưới đây.",
    };

    public void OnGet(int? status) => Set(status);

    // A failed POST is re-executed here as a POST.
    public void OnPost(int? status) => Set(status);

    private void Set(int? status)
    {
        var error = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
        Status = status ?? error switch
        {
            null => 404,
            Infrastructure.Database.TextTooLongException => StatusCodes.Status422UnprocessableEntity,
            _ => 500,
        };
        Response.StatusCode = Status;
        CorrelationId = ErrorHandling.CorrelationId(HttpContext);
        Detail = error is Infrastructure.Database.TextTooLongException tooLong
            ? ErrorHandling.TooLongMessage(HttpContext, tooLong)
            : HttpContext.Items[InputGuard.RefusalItem] as string;
    }
}
