namespace DongThuan.Web.Infrastructure.Operations;

/// <summary>
/// The executable's verbs: <c>dongthuan VERB …</c> (or <c>dotnet run --project src/DongThuan.Web -- VERB …</c>)
/// runs an operator's job and exits instead of serving. Which verbs need a migrated database is said here, so
/// that <c>help</c>, an unknown verb and <c>restore</c> never open, create or migrate one.
/// </summary>
public static class OperatorVerbs
{
    public sealed record Verb(string Name, string Usage, string Vietnamese, string English, bool NeedsMigratedDatabase);

    public static readonly IReadOnlyList<Verb> All =
    [
        new("help", "help", "In danh sách lệnh.", "Lists the verbs.", false),
        new("migrate", "migrate", "Tạo hoặc nâng cấp cơ sở dữ liệu rồi thoát.", "Creates or upgrades the database and exits.", true),
        new("create-admin", "create-admin USER", "Tạo tài khoản quản trị; mật khẩu đọc từ đầu vào chuẩn hoặc DONGTHUAN_ADMIN_PASSWORD.",
            "Creates an administrator; the password is read from standard input or DONGTHUAN_ADMIN_PASSWORD.", true),
        new("backup", "backup FILE", "Sao lưu nhất quán (cơ sở dữ liệu, tệp đính kèm, bảng băm SHA-256) vào một tệp, kể cả khi ứng dụng đang chạy.",
            "A consistent copy (database, attachments, SHA-256 manifest) into one archive, while the app runs.", false),
        new("restore", "restore FILE", "Khôi phục bản sao lưu vào thư mục dữ liệu hoặc cơ sở dữ liệu trống.",
            "Restores a backup into an empty data folder or database.", false),
        new("verify", "verify", "Kiểm tra chuỗi nhật ký kiểm toán, các tệp đính kèm và tính toàn vẹn của cơ sở dữ liệu.",
            "Checks the audit chain, every attachment and the database's integrity.", false),
        new("search-rebuild", "search-rebuild", "Xây dựng lại chỉ mục tìm kiếm.", "Rebuilds the search index.", true),
    ];

    public static Verb? Find(string name) => All.FirstOrDefault(v => v.Name == name);

    public static int PrintHelp(TextWriter to)
    {
        to.WriteLine("Đồng Thuận (DongThuan)");
        to.WriteLine("Cách dùng / usage: dongthuan [VERB] [--Key value …]   (no verb: serve the app / không có lệnh: chạy ứng dụng)");
        to.WriteLine();
        foreach (var v in All)
        {
            to.WriteLine($"  {v.Usage,-20} {v.Vietnamese}");
            to.WriteLine($"  {"",-20} {v.English}");
        }

        return 0;
    }

    /// <summary>Runs the verb on the built app; returns the process's exit code.</summary>
    public static async Task<int> RunAsync(WebApplication app, Verb verb, string[] operands)
    {
        var ct = app.Lifetime.ApplicationStopping;
        switch (verb.Name)
        {
            case "migrate":
                Console.WriteLine($"Database ready / Cơ sở dữ liệu sẵn sàng: {Database.DatabaseSetup.Describe(app.Configuration)}");
                return 0;
            case "create-admin":
                return await CreateAdmin.RunAsync(app, operands, ct);
            case "backup":
                return await Backup.RunAsync(app, operands, ct);
            case "restore":
                return await Restore.RunAsync(app, operands, ct);
            case "verify":
                return await Verify.RunAsync(app.Services, Console.Out, ct);
            case "search-rebuild":
                return await Modules.Search.SearchModule.RebuildSearchIndexAsync(app);
            default:
                return PrintHelp(Console.Out);
        }
    }

    /// <summary>A module's refusal, said in Vietnamese and in its English translation.</summary>
    internal static int Fail(IServiceProvider services, Domain.Refusal refusal)
    {
        var localizer = services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
        var english = localizer[refusal.Message].Value;
        System.Globalization.CultureInfo.CurrentUICulture = previous;
        return Fail(refusal.Message, english);
    }

    /// <summary>Says what is wrong and exits 1: an operator reads this, not a stack trace.</summary>
    internal static int Fail(string vietnamese, string english)
    {
        Console.Error.WriteLine($"{vietnamese} / {english}");
        return 1;
    }
}
