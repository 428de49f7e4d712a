using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation.Demo;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal.Demo;

/// <summary>
/// The portal's first item is the news article that started this project (shared/seed), with its author, its
/// date 06/01/2023 18:57 and its text as published; a few council news items follow. Deterministic.
/// </summary>
public static class News2023
{
    public const string SeedTitle = "Quận Cầu Giấy tăng cường đối thoại, tạo sự đồng thuận";

    private const string SeedLead = @"(NSHN) - Chiều  6- 1, HĐND quận Cầu Giấy tổ chức Hội nghị tổng kết hoạt động HĐND quận và chương trình phối hợp công tác năm 2022; Ký kết chương trình phối hợp công tác năm 2023 giữa Thường trực HĐND - UBND - Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam quận Cầu Giấy. Các ý kiến tham luận tại hội nghị cho thấy, năm 2022, HĐND quận đã bám sát quy chế làm việc, nguyên tắc tập trung dân chủ, phát huy tinh thần đoàn kết, trí tuệ, đã lãnh đạo, chỉ đạo tiếp tục đổi mới, nâng cao hiệu lực, hiệu quả, đảm bảo chủ động, khoa học, linh hoạt, thiết thực. Sự phối hợp giữa HĐND với UBND, Ủy ban Mặt trận Tổ quốc Việt Nam quận cùng với các cơ quan, đơn vị thường xuyên và chặt chẽ hơn. Thường trực HĐND quận đã tổ chức thành công 2 kỳ họp thường lệ và kỳ họp chuyên đề lần thứ nhất HĐND quận khóa VI nhiệm kỳ 2021-2026; đã xem xét 66 báo báo, tờ trình, tổng hợp 35 ý kiến thảo luận của các tổ đại biểu, 9 ý kiến chất vấn bằng văn bản của đại biểu gửi đến UBND quận để tiếp thu, báo cáo giải trình...";

    // The published article opened with the caption of its photo ("Quang cảnh hội nghị"); the photo is not ours to
    // republish, so neither is its caption: a caption under no picture reads as a stray line.
    private const string SeedBody = @"Bên cạnh kết quả đạt được, công tác điều hòa, phối hợp giữa các ban HĐND các tổ đại biểu HĐND trong thực hiện nhiệm vụ được giao có lúc chưa kịp thời. Hoạt động chất vấn có lúc, có nơi hiệu quả chưa cao.

Theo quy chế phối hợp giữa Thường trực HĐND - UBND - Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam quận Cầu Giấy, năm 2023, các cơ quan nêu trên sẽ khắc phục các tồn tại, đổi mới công tác lãnh đạo, điều hành. Tăng cường đối thoại, lắng nghe ý kiến nhân dân , cán bộ , đảng viên trên địa bàn để không những giải quyết kịp thời, hiệu quả những vướng mắc, bức xúc ở cơ sở, mà còn tạo sự đồng thuận của người dân trong thực hiện các chủ trương, chính sách phát triển kinh tế - xã hội ở địa phương.

Thường trực HĐND - UBND - Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam quận Cầu Giấy cũng sẽ phối hợp triển khai có hiệu quả các phong trào thi đua  yêu nước thành phố và quận phát động; đẩy mạnh giám sát, tái giám sát các vấn đề khó khăn, vướng mắc, chỉ rõ người, rõ việc, rõ trách nhiệm của các cơ quan liên quan.";

    private sealed record Item(string Title, string Author, DateTimeOffset At, string Lead, string Body, string Tags);

    private static readonly Item[] Items =
    [
        new(SeedTitle, "Hà Phong", new DateTimeOffset(2023, 1, 6, 18, 57, 0, TimeSpan.FromHours(7)), SeedLead, SeedBody, "HĐND, đối thoại, phối hợp"),
        new("HĐND quận Cầu Giấy công bố kế hoạch tiếp xúc cử tri trước kỳ họp giữa năm 2023", "Văn phòng HĐND và UBND quận",
            new DateTimeOffset(2023, 6, 12, 9, 0, 0, TimeSpan.FromHours(7)),
            "Các tổ đại biểu HĐND quận tiếp xúc cử tri tại 8 phường từ ngày 19 đến 23/6/2023.",
            "Thường trực HĐND quận đề nghị UBND các phường bố trí địa điểm, thông báo rộng rãi thời gian tiếp xúc để cử tri tham dự đông đủ.\n\nÝ kiến, kiến nghị của cử tri được tổng hợp, chuyển đến cơ quan có thẩm quyền và theo dõi đến khi có trả lời; cử tri tra cứu kết quả bằng mã kiến nghị trên cổng thông tin.",
            "HĐND, tiếp xúc cử tri"),
        new("Giám sát việc cấp giấy chứng nhận quyền sử dụng đất tồn đọng", "Ban Pháp chế HĐND quận",
            new DateTimeOffset(2023, 9, 20, 15, 30, 0, TimeSpan.FromHours(7)),
            "Đoàn giám sát lại việc thực hiện kiến nghị về hồ sơ cấp giấy chứng nhận còn tồn đọng tại phường Mai Dịch.",
            "Đoàn ghi nhận một phần hồ sơ đã được giải quyết; các hồ sơ còn lại được đề nghị hoàn thành trong quý IV/2023, có người chịu trách nhiệm và thời hạn cụ thể.",
            "giám sát, đất đai"),
    ];

    public static async Task SeedAsync(DongThuanDb db, CauGiayOrganisation org, CancellationToken ct)
    {
        var taken = new List<string>();
        var articles = new List<Article>();
        foreach (var item in Items)
        {
            var article = Article.Write(org.District.Id, item.Title, item.Author, item.Lead, item.Body, item.Tags, taken, item.At, out var outcome);
            Require(outcome);
            Require(article.Publish(item.At, item.At));
            taken.Add(article.Slug);
            db.Add(article);
            articles.Add(article);
        }

        await SeedCommentsAsync(db, articles[1], ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// On the voter-meeting item: a citizen's question with the council office's official answer, both
    /// published, and a second question still waiting for the moderators. The seed article keeps "(0) Bình luận", as published.
    /// </summary>
    private static async Task SeedCommentsAsync(DongThuanDb db, Article article, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.UserName == "congdan" || u.UserName == "thuongtruc")
            .ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.DisplayName), ct);
        if (users.Count < 2)
        {
            return;
        }

        var at = article.PublishAt!.Value;
        var (citizen, office) = (users["congdan"], users["thuongtruc"]);
        var asked = Comments.Comment.Write(article, null, citizen.Id, citizen.DisplayName, false,
            "Tổ dân phố 5 phường Dịch Vọng Hậu có được bố trí buổi tiếp xúc vào buổi tối để người đi làm tham dự không?", at.AddHours(3), out var outcome);
        Require(outcome);
        Require(asked.Publish("thuongtruc", at.AddHours(5)));
        var answered = Comments.Comment.Write(article, asked, office.Id, office.DisplayName, true,
            "Văn phòng HĐND quận đã đề nghị UBND phường Dịch Vọng Hậu tổ chức buổi tiếp xúc lúc 19 giờ ngày 21/6/2023 tại nhà văn hóa tổ dân phố 5.",
            at.AddHours(6), out outcome);
        Require(outcome);
        Require(answered.Publish("thuongtruc", at.AddHours(6)));
        var waiting = Comments.Comment.Write(article, null, citizen.Id, citizen.DisplayName, false,
            "Đề nghị công bố danh sách đại biểu dự từng điểm tiếp xúc trên cổng thông tin.", at.AddDays(1), out outcome);
        Require(outcome);
        db.AddRange(asked, answered, waiting);
    }

    private static void Require(Infrastructure.Domain.Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo news breaks a rule: {outcome.Refusal}");
        }
    }
}
