using DongThuan.Web.Infrastructure.Files;
using System.IO.Compression;
using System.Text;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Sessions;

namespace DongThuan.Tests.Modules.Sessions;

public sealed class SessionRulesTests
{
    private static (Body Council, Term Term, Body Ubnd) Council()
    {
        var hanoi = Unit.Create("Hà Nội", "Hà Nội", UnitLevel.Province, null, null, null, out _);
        var district = Unit.Create("Quận Cầu Giấy", "Cầu Giấy", UnitLevel.District, hanoi, null, null, out _);
        var council = Body.Create("HĐND quận Cầu Giấy", BodyKind.Council, district, null, null, null, false, out _);
        var ubnd = Body.Create("UBND quận Cầu Giấy", BodyKind.PeoplesCommittee, district, null, null, null, false, out _);
        var term = Term.Create(council, 5, new DateOnly(2016, 5, 22), new DateOnly(2021, 5, 22), [], out _);
        return (council, term, ubnd);
    }

    [Fact]
    public void Extra_sessions_before_mid_2020_are_called_bat_thuong()
    {
        var (council, term, _) = Council();
        var old = Session.Plan(council, term, 9, SessionKind.Thematic, new DateOnly(2019, 3, 1), new DateOnly(2019, 3, 1), "", true, [], out var o);
        Assert.True(o.Succeeded);
        Assert.Equal("bất thường", old.KindName);
        var newer = Session.Plan(council, term, 12, SessionKind.Thematic, new DateOnly(2020, 9, 1), new DateOnly(2020, 9, 1), "", true, [old], out o);
        Assert.Equal("chuyên đề", newer.KindName);
        Session.Plan(council, term, 9, SessionKind.Regular, new DateOnly(2019, 7, 1), new DateOnly(2019, 7, 2), "", true, [old], out o);
        Assert.Equal(SessionRefusals.NumberTaken, o.Refusal);
        Session.Plan(council, term, 20, SessionKind.Regular, new DateOnly(2022, 7, 1), new DateOnly(2022, 7, 2), "", true, [], out o);
        Assert.Equal(SessionRefusals.OutsideTerm, o.Refusal);
        Session.Plan(council, term, 21, SessionKind.Regular, new DateOnly(2019, 7, 5), new DateOnly(2019, 7, 2), "", true, [], out o);
        Assert.Equal(SessionRefusals.DatesReversed, o.Refusal);
    }

    [Fact]
    public void Numbers_and_symbols_follow_Decree_30_and_a_duplicate_is_refused()
    {
        var (_, _, ubnd) = Council();
        var first = Document.Register(ubnd, "ubnd", DocumentType.Report, 1, new DateOnly(2023, 1, 6), "Báo cáo tổng kết", null, null, null, [], out var o);
        Assert.True(o.Succeeded);
        Assert.Equal("01/BC-UBND", first.Symbol);
        Assert.Equal(2, Document.NextNumber([first], DocumentType.Report));
        Assert.Equal(1, Document.NextNumber([first], DocumentType.Proposal));
        Document.Register(ubnd, "UBND", DocumentType.Report, 1, new DateOnly(2023, 5, 1), "Báo cáo khác", null, null, null, [first], out o);
        Assert.Equal(SessionRefusals.DocumentNumberTaken, o.Refusal);
        var letter = Document.Register(ubnd, "UBND-VP", DocumentType.OfficialLetter, 5, new DateOnly(2023, 1, 6), "V/v chuyển chất vấn", null, null, null, [first], out o);
        Assert.Equal("05/UBND-VP", letter.Symbol);
        Assert.Equal("12/TTr-UBND", Document.Register(ubnd, "UBND", DocumentType.Proposal, 12, new DateOnly(2023, 1, 6), "Tờ trình", null, null, null, [], out _).Symbol);
    }

    [Fact]
    public void Votes_are_for_resolutions_and_pass_with_more_than_half()
    {
        var (council, _, ubnd) = Council();
        var nq = Document.Register(council, "HĐND", DocumentType.Resolution, 3, new DateOnly(2022, 12, 16), "Nghị quyết", null, null, null, [], out _);
        Assert.Equal(SessionRefusals.VotesInvalid, nq.RecordVotes(-1, 0, 0, 0).Refusal);
        Assert.True(nq.RecordVotes(38, 0, 0, 2).Succeeded);
        Assert.True(nq.Passed);
        Assert.True(nq.RecordVotes(20, 5, 5, 10).Succeeded);
        Assert.False(nq.Passed);
        var bc = Document.Register(ubnd, "UBND", DocumentType.Report, 3, new DateOnly(2022, 12, 16), "Báo cáo", null, null, null, [], out _);
        Assert.Equal(SessionRefusals.VotesOnlyResolutions, bc.RecordVotes(38, 0, 0, 2).Refusal);
    }

    public static byte[] Docx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "word/document.xml" })
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open());
                w.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }

    [Fact]
    public void Files_are_judged_by_their_content_not_their_name()
    {
        Assert.Equal("application/pdf", FileInspector.Inspect(Encoding.ASCII.GetBytes("%PDF-1.7\n%…")).ContentType);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileInspector.Inspect(Docx()).ContentType);
        Assert.Equal(SessionRefusals.FileType, FileInspector.Inspect(Encoding.UTF8.GetBytes("<script>alert(1)</script>")).Outcome.Refusal);
        using var plainZip = new MemoryStream();
        using (var zip = new ZipArchive(plainZip, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("virus.exe");
        }

        Assert.Equal(SessionRefusals.FileType, FileInspector.Inspect(plainZip.ToArray()).Outcome.Refusal);
        Assert.Equal(SessionRefusals.FileTooLarge, FileInspector.Inspect(new byte[Attachment.MaxBytes + 1]).Outcome.Refusal);
        Assert.Equal(64, FileInspector.Inspect(Docx()).Sha256!.Length);
    }
}
