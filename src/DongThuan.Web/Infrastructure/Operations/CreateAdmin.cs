using DongThuan.Web.Modules.Accounts;

namespace DongThuan.Web.Infrastructure.Operations;

/// <summary>
/// <c>create-admin USER</c>: reads the password and hands it to the Accounts module's <see cref="CreateAdministrator"/>.
/// The password never appears on the command line (where <c>ps</c> and shell history would keep it): it is read
/// from <c>DONGTHUAN_ADMIN_PASSWORD</c> or the first line of standard input.
/// </summary>
public static class CreateAdmin
{
    public static async Task<int> RunAsync(WebApplication app, string[] operands, CancellationToken ct)
    {
        if (operands.Length != 1)
        {
            return OperatorVerbs.Fail("Cách dùng: create-admin TÊN_ĐĂNG_NHẬP (mật khẩu qua đầu vào chuẩn)", "Usage: create-admin USER (password on standard input)");
        }

        var password = Environment.GetEnvironmentVariable("DONGTHUAN_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            if (!Console.IsInputRedirected)
            {
                Console.Error.Write("Mật khẩu / password: ");
            }

            password = Console.In.ReadLine()?.TrimEnd('\r', '\n');
        }

        if (string.IsNullOrEmpty(password))
        {
            return OperatorVerbs.Fail("Chưa có mật khẩu: nhập qua đầu vào chuẩn hoặc DONGTHUAN_ADMIN_PASSWORD.", "No password: give it on standard input or in DONGTHUAN_ADMIN_PASSWORD.");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CreateAdministrator>().RunAsync(operands[0], password, ct);
        if (!outcome.Succeeded)
        {
            return OperatorVerbs.Fail(app.Services, outcome.Refusal!);
        }

        Console.WriteLine($"Đã tạo quản trị viên / administrator created: {operands[0].Trim()}");
        return 0;
    }
}
