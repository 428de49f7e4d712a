using DongThuan.Web.Infrastructure.Text;
using DongThuan.Web.Modules.Petitions;

namespace DongThuan.Tests.Modules.Petitions;

/// <summary>The rules on the petition entity and its helpers, without a database.</summary>
public sealed class PetitionRulesTests
{
    private static Petition New(PetitionKind kind = PetitionKind.Feedback, string content = "Đường Trần Duy Hưng ngập sâu mỗi khi mưa lớn.") =>
        Petition.Receive(Guid.NewGuid(), Guid.NewGuid(), TrackingCodes.New(), Guid.NewGuid().ToString("N"),
            new Petition.Draft(kind, PetitionChannel.Online, "Ngập úng đường Trần Duy Hưng", content, "Trung Hòa", null), DateTimeOffset.UtcNow, new DateOnly(2023, 3, 1), out _);

    [Theory]
    [InlineData("Cầu Giấy", "cau giay")]
    [InlineData("ĐẤT ĐAI", "dat dai")]
    [InlineData("Nghĩa Đô", "nghia do")]
    [InlineData("Trường Tiểu học Dịch Vọng Hậu", "truong tieu hoc dich vong hau")]
    [InlineData("ỹ ự ằ ổ ẽ", "y u a o e")]
    public void Folding_drops_tone_and_vowel_marks_and_turns_d_stroke_into_d(string text, string folded) => Assert.Equal(folded, VietnameseText.Fold(text));

    [Fact]
    public void Tracking_codes_are_short_unambiguous_and_read_back_however_typed()
    {
        var code = TrackingCodes.New();
        Assert.Matches("^KN-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", code);
        Assert.Equal(code, TrackingCodes.Normalise(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
        Assert.Equal(code, TrackingCodes.Normalise(code[3..].Replace("-", "", StringComparison.Ordinal)));
        Assert.Null(TrackingCodes.Normalise("KN-12"));
        Assert.NotEqual(TrackingCodes.New(), TrackingCodes.New());
    }

    [Fact]
    public void The_same_words_from_the_same_person_give_the_same_key_with_or_without_marks()
    {
        Assert.Equal(TrackingCodes.DedupKey("Đường ngập", "an@example.com"), TrackingCodes.DedupKey("duong  NGAP", "an@example.com"));
        Assert.NotEqual(TrackingCodes.DedupKey("Đường ngập", "an@example.com"), TrackingCodes.DedupKey("Đường ngập", "binh@example.com"));
    }

    [Fact]
    public void Duplicates_are_found_without_diacritics_and_unrelated_matters_are_not()
    {
        var a = VietnameseText.Fold("Ngập úng cục bộ trên đường Trần Duy Hưng khi mưa lớn, đề nghị nạo vét cống thoát nước");
        var b = VietnameseText.Fold("ngap ung tren duong tran duy hung moi khi mua lon, de nghi nao vet cong");
        var c = VietnameseText.Fold("Thiếu chỗ học cho trẻ mầm non tại phường Dịch Vọng");
        var id = Guid.NewGuid();
        var matches = DuplicateFinder.Like(a, [(id, b), (Guid.NewGuid(), c)]);
        Assert.Equal(id, Assert.Single(matches).Id);
        Assert.True(matches[0].Score >= DuplicateFinder.Threshold);
        Assert.Single(DuplicateFinder.Groups([(id, a), (Guid.NewGuid(), b), (Guid.NewGuid(), c)]));
    }

    [Fact]
    public void Redaction_removes_a_name_typed_without_marks_and_any_contact()
    {
        var text = "Tôi là nguyen van an, số 12 ngõ 165, điện thoại 0912 345 678, email an.nguyen@example.com, tố cáo cán bộ địa chính.";
        var identity = new[] { "Nguyễn Văn An", "Số 12 ngõ 165" };
        Assert.True(Redaction.Leaks(text, identity));
        var redacted = Redaction.Apply(text, identity);
        Assert.False(Redaction.Leaks(redacted, identity));
        Assert.DoesNotContain("nguyen van an", redacted, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("0912", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("@", redacted, StringComparison.Ordinal);
        Assert.Contains("tố cáo cán bộ địa chính", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Phones_and_emails_are_compared_in_one_form()
    {
        Assert.Equal("0912345678", Contact.NormalisePhone("+84 912 345 678"));
        Assert.Equal("0912345678", Contact.NormalisePhone("0912.345.678"));
        Assert.Equal("an@example.com", Contact.NormaliseEmail(" An@Example.com "));
        Assert.False(Contact.IsValidEmail("not an email"));
        Assert.False(Contact.IsValidPhone("12"));
    }

    [Fact]
    public void A_denunciation_is_routed_only_as_a_redacted_copy()
    {
        var p = New(PetitionKind.Denunciation);
        Assert.Equal(PetitionRefusals.RedactionRequired, p.Route(Guid.NewGuid(), CompetentLevel.District, Guid.NewGuid(), null, "  ", new DateOnly(2023, 3, 2)).Refusal);
        Assert.True(p.Route(Guid.NewGuid(), CompetentLevel.District, Guid.NewGuid(), null, "Bản đã lược bỏ", new DateOnly(2023, 3, 2)).Succeeded);
        Assert.Equal("Bản đã lược bỏ", p.RoutedContent);
    }

    [Fact]
    public void Illegal_transitions_are_refused_and_change_nothing()
    {
        var p = New();
        Assert.Equal(PetitionRefusals.OnlyRouted, p.SubmitAnswer("Trả lời", new DateOnly(2023, 3, 5)).Refusal);
        Assert.Equal(PetitionRefusals.OnlyAnswered, p.Rate(PetitionRating.Resolved, null).Refusal);
        Assert.Equal(PetitionRefusals.OnlyAnswerSubmitted, p.AcceptAnswer(new DateOnly(2023, 3, 5)).Refusal);
        Assert.Equal(PetitionRefusals.OnlyNotResolved, p.Reopen("x").Refusal);
        Assert.Equal(PetitionState.Received, p.State);
        Assert.True(p.Route(Guid.NewGuid(), CompetentLevel.District, Guid.NewGuid(), null, null, new DateOnly(2023, 3, 2)).Succeeded);
        Assert.Equal(PetitionRefusals.ReasonRequired, p.Transfer(Guid.NewGuid(), null, " ").Refusal);
        Assert.Equal(PetitionRefusals.SameAgency, p.Transfer(p.AgencyBodyId!.Value, null, "lý do").Refusal);
        Assert.Equal(PetitionRefusals.AnswerRequired, p.SubmitAnswer("", new DateOnly(2023, 3, 5)).Refusal);
        Assert.True(p.SubmitAnswer("Đã nạo vét cống.", new DateOnly(2023, 3, 5)).Succeeded);
        Assert.Equal(PetitionRefusals.ReasonRequired, p.SendBack("").Refusal);
        Assert.True(p.AcceptAnswer(new DateOnly(2023, 3, 6)).Succeeded);
        Assert.True(p.Rate(PetitionRating.NotResolved, "Vẫn ngập").Succeeded);
        Assert.Equal(PetitionState.NotResolved, p.State);
        Assert.True(p.Reopen("Kiểm tra lại").Succeeded);
        Assert.Equal((PetitionState.Routed, 1), (p.State, p.Reopened));
    }

    [Fact]
    public void Merging_needs_two_inbox_petitions_of_one_council_and_never_a_denunciation_and_can_be_undone()
    {
        var a = New();
        var b = Petition.Receive(a.UnitId, a.CouncilId, TrackingCodes.New(), "b", new Petition.Draft(PetitionKind.Feedback, PetitionChannel.VoterMeeting, "Ngập", "Ngập đường", null, null, 7),
            DateTimeOffset.UtcNow, new DateOnly(2023, 3, 1), out _);
        Assert.Equal(PetitionRefusals.MergeNeedsTwo, Petition.CanMerge([a]).Refusal);
        Assert.Equal(PetitionRefusals.MergeOnlyReceived, Petition.CanMerge([a, New(PetitionKind.Denunciation)]).Refusal);
        var merged = Petition.Consolidate([a, b], TrackingCodes.New(), "Ngập úng", "Tổng hợp", DateTimeOffset.UtcNow, new DateOnly(2023, 3, 2), out var outcome);
        Assert.True(outcome.Succeeded);
        Assert.Equal(8, merged.Voters);
        Assert.All(new[] { a, b }, s => Assert.Equal((PetitionState.Merged, merged.Id), (s.State, s.ConsolidatedIntoId!.Value)));
        Assert.True(merged.Dissolve([a, b]).Succeeded);
        Assert.All(new[] { a, b }, s => Assert.Equal(PetitionState.Received, s.State));
        Assert.Equal(PetitionState.Closed, merged.State);
    }

    [Fact]
    public void Input_beyond_the_limits_is_refused()
    {
        Assert.Equal(PetitionRefusals.TooLong, Petition.Validate(new Petition.Draft(PetitionKind.Feedback, PetitionChannel.Online, new string('a', 301), "x", null, null)).Refusal);
        Assert.Equal(PetitionRefusals.TitleAndContentRequired, Petition.Validate(new Petition.Draft(PetitionKind.Feedback, PetitionChannel.Online, "x", " ", null, null)).Refusal);
        Assert.Equal(PetitionRefusals.VotersOutOfRange, Petition.Validate(new Petition.Draft(PetitionKind.Feedback, PetitionChannel.Online, "x", "y", null, null, 0)).Refusal);
        Assert.Equal(PetitionRefusals.UnknownKind, Petition.Validate(new Petition.Draft((PetitionKind)9, PetitionChannel.Online, "x", "y", null, null)).Refusal);
    }
}
