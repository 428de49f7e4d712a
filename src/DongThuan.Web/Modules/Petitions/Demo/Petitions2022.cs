using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Organisation.Demo;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions.Demo;

/// <summary>
/// Two years of petitions in Cầu Giấy (2022–2023), generated from a fixed seed so every demo database is the
/// same: voter meetings of the eight delegate groups before and after sessions, online petitions, citizen
/// receptions and the Front's lists. Matters raised at several meetings of a round are merged into one
/// consolidated petition. Most are answered, some late, a few reopened or proposed for supervision, and the
/// last months of 2023 still have petitions with the agencies. Routing rules cover every field.
/// </summary>
public static class Petitions2022
{
    private sealed record Matter(int Field, string Title, string Content, bool Common = false);

    // Field index (into PetitionFieldConfiguration.FieldIds) → the agency that answers it.
    private static readonly string[] AgencyOfField =
    [
        "Phòng Tài nguyên và Môi trường", "Phòng Quản lý đô thị", "Phòng Tài nguyên và Môi trường", "Phòng Quản lý đô thị", "Phòng Y tế",
        "Phòng Giáo dục và Đào tạo", "Phòng Văn hóa và Thông tin", "UBND quận Cầu Giấy", "Phòng Lao động – Thương binh và Xã hội",
        "Phòng Tài chính – Kế hoạch", "Phòng Tư pháp", "Văn phòng HĐND và UBND quận Cầu Giấy",
    ];

    private static readonly string[] Streets = ["Trần Duy Hưng", "Nguyễn Khang", "Cầu Giấy", "Hoàng Quốc Việt", "Xuân Thủy", "Nguyễn Phong Sắc", "Trần Thái Tông", "Dương Đình Nghệ", "Hoa Bằng", "Nguyễn Văn Huyên"];

    private static readonly Matter[] Matters =
    [
        new(0, "Cấp giấy chứng nhận quyền sử dụng đất cho các hộ dân khu tập thể {s}", "Nhiều hộ dân khu tập thể trên đường {s}, phường {w} đã nộp hồ sơ từ lâu nhưng chưa được cấp giấy chứng nhận quyền sử dụng đất. Đề nghị quận đẩy nhanh tiến độ.", true),
        new(0, "Giải phóng mặt bằng dự án mở rộng đường {s} kéo dài", "Cử tri phường {w} đề nghị công khai phương án bồi thường, hỗ trợ tái định cư và đẩy nhanh giải phóng mặt bằng dự án trên đường {s}."),
        new(0, "Xử lý lấn chiếm đất công tại ngõ {n} {s}", "Một số hộ lấn chiếm đất công làm bãi trông giữ xe tại ngõ {n} đường {s}, phường {w}. Đề nghị kiểm tra, xử lý dứt điểm."),
        new(1, "Xử lý công trình xây dựng sai phép tại ngõ {n} {s}", "Công trình xây dựng tại ngõ {n} đường {s}, phường {w} xây vượt số tầng được cấp phép, gây lún nứt nhà liền kề. Đề nghị kiểm tra, xử lý."),
        new(1, "Cải tạo vỉa hè, lòng đường {s}", "Vỉa hè đường {s} đoạn qua phường {w} bong tróc, lòng đường nhiều ổ gà gây mất an toàn. Đề nghị sớm cải tạo.", true),
        new(1, "Chiếu sáng công cộng trong các ngõ phường {w}", "Nhiều ngõ thuộc phường {w} chưa có đèn chiếu sáng hoặc đèn hỏng lâu ngày, ảnh hưởng an ninh trật tự buổi tối. Đề nghị bổ sung, sửa chữa."),
        new(2, "Ngập úng cục bộ trên đường {s} khi mưa lớn", "Mỗi trận mưa lớn, đoạn đường {s} qua phường {w} ngập sâu 30–40 cm, người dân đi lại khó khăn. Đề nghị nạo vét, cải tạo hệ thống thoát nước.", true),
        new(2, "Ô nhiễm tiếng ồn từ quán karaoke trên đường {s}", "Quán karaoke trên đường {s}, phường {w} hoạt động quá giờ quy định, gây ồn ào ảnh hưởng sinh hoạt của người dân. Đề nghị kiểm tra, xử lý."),
        new(2, "Thu gom rác thải sinh hoạt tại phường {w}", "Điểm tập kết rác tại phường {w} thường xuyên tồn đọng, bốc mùi. Đề nghị tăng tần suất thu gom và bố trí lại giờ thu gom hợp lý.", true),
        new(3, "Ùn tắc giao thông giờ cao điểm tại nút giao {s}", "Nút giao đường {s} thường xuyên ùn tắc vào giờ cao điểm sáng và chiều. Đề nghị điều chỉnh pha đèn tín hiệu và bố trí lực lượng phân luồng.", true),
        new(3, "Lắp đặt gờ giảm tốc trước cổng trường trên đường {s}", "Trước cổng trường học trên đường {s}, phường {w} xe cộ đi nhanh, nguy hiểm cho học sinh. Đề nghị lắp gờ giảm tốc và biển báo."),
        new(3, "Trông giữ xe trái phép trên vỉa hè {s}", "Tình trạng trông giữ xe trái phép trên vỉa hè đường {s} chiếm hết lối đi bộ. Đề nghị lập lại trật tự đô thị."),
        new(4, "Nâng cấp Trạm y tế phường {w}", "Trạm y tế phường {w} xuống cấp, thiếu trang thiết bị khám chữa bệnh ban đầu. Đề nghị đầu tư nâng cấp."),
        new(4, "Kiểm tra an toàn thực phẩm bếp ăn tập thể trên địa bàn phường {w}", "Cử tri đề nghị tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn tập thể, quán ăn đường phố trên địa bàn phường {w}."),
        new(4, "Phòng chống dịch sốt xuất huyết tại phường {w}", "Số ca sốt xuất huyết tăng tại phường {w}. Đề nghị tổ chức phun thuốc diệt muỗi, vệ sinh môi trường định kỳ.", true),
        new(5, "Thiếu chỗ học cho trẻ mầm non tại phường {w}", "Số trẻ trong độ tuổi mầm non tại phường {w} tăng nhanh, các trường công lập quá tải. Đề nghị quận có kế hoạch xây dựng thêm trường.", true),
        new(5, "Thu các khoản ngoài học phí tại trường tiểu học trên đường {s}", "Phụ huynh phản ánh trường tiểu học trên đường {s} thu một số khoản ngoài quy định đầu năm học. Đề nghị kiểm tra, công khai các khoản thu."),
        new(5, "Cải tạo sân chơi, nhà thể chất trường THCS phường {w}", "Sân trường và nhà thể chất trường THCS phường {w} xuống cấp. Đề nghị bố trí kinh phí cải tạo."),
        new(6, "Bổ sung thiết chế văn hóa, sân chơi cho thiếu nhi phường {w}", "Phường {w} thiếu sân chơi, điểm sinh hoạt cộng đồng cho thiếu nhi và người cao tuổi. Đề nghị bố trí quỹ đất xây dựng."),
        new(6, "Quản lý hoạt động quảng cáo rao vặt trên đường {s}", "Quảng cáo rao vặt dán tràn lan trên cột điện, tường nhà dọc đường {s} làm mất mỹ quan. Đề nghị xử lý."),
        new(6, "Tổ chức hoạt động văn hóa, thể thao dịp hè cho thanh thiếu niên phường {w}", "Cử tri đề nghị phường {w} tổ chức các hoạt động văn hóa, thể thao bổ ích cho thanh thiếu niên trong dịp hè."),
        new(7, "Tăng cường tuần tra, bảo đảm an ninh khu vực ngõ {n} {s}", "Gần đây xảy ra một số vụ trộm cắp xe máy tại ngõ {n} đường {s}, phường {w}. Đề nghị tăng cường tuần tra, lắp camera an ninh.", true),
        new(7, "Phòng cháy chữa cháy tại chung cư mini trên đường {s}", "Các chung cư mini trên đường {s} không bảo đảm điều kiện phòng cháy chữa cháy. Đề nghị kiểm tra, xử lý nghiêm."),
        new(7, "Xử lý tình trạng đua xe trái phép trên đường {s} ban đêm", "Thanh niên tụ tập đua xe trái phép trên đường {s} vào ban đêm, gây mất an ninh trật tự. Đề nghị ngăn chặn."),
        new(8, "Chi trả trợ cấp cho người cao tuổi tại phường {w}", "Một số người cao tuổi tại phường {w} nhận trợ cấp chậm so với quy định. Đề nghị kiểm tra, chi trả kịp thời."),
        new(8, "Hỗ trợ người lao động mất việc làm trên địa bàn phường {w}", "Cử tri đề nghị có chính sách hỗ trợ, giới thiệu việc làm cho người lao động mất việc trên địa bàn phường {w}."),
        new(8, "Xét duyệt hộ nghèo, hộ cận nghèo tại phường {w}", "Cử tri đề nghị việc bình xét hộ nghèo, hộ cận nghèo tại phường {w} được công khai, minh bạch hơn.", true),
        new(9, "Quản lý kinh doanh hàng rong, chợ tạm trên đường {s}", "Chợ tạm họp trên đường {s}, phường {w} gây cản trở giao thông, mất vệ sinh. Đề nghị sắp xếp lại."),
        new(9, "Công khai kinh phí chỉnh trang đô thị tại phường {w}", "Cử tri đề nghị công khai kinh phí và kết quả thực hiện các dự án chỉnh trang đô thị tại phường {w}."),
        new(10, "Giải quyết thủ tục hành chính chậm tại bộ phận một cửa phường {w}", "Người dân phản ánh thủ tục chứng thực, hộ tịch tại bộ phận một cửa phường {w} còn chậm, phải đi lại nhiều lần. Đề nghị cải tiến."),
        new(10, "Hướng dẫn dịch vụ công trực tuyến cho người cao tuổi", "Người cao tuổi gặp khó khăn khi sử dụng dịch vụ công trực tuyến. Đề nghị phường {w} bố trí cán bộ hướng dẫn."),
        new(11, "Kết quả giải quyết kiến nghị cử tri kỳ trước chưa được trả lời", "Cử tri phường {w} phản ánh một số kiến nghị tại kỳ tiếp xúc trước chưa được cơ quan chức năng trả lời. Đề nghị đôn đốc."),
    ];

    private static readonly string[] Answers =
    [
        "UBND quận đã chỉ đạo đơn vị chuyên môn kiểm tra thực tế, giao UBND phường phối hợp xử lý; dự kiến hoàn thành trong quý tới và sẽ báo cáo kết quả tới cử tri.",
        "Qua kiểm tra, nội dung cử tri phản ánh là đúng. Đơn vị đã xử lý dứt điểm và tăng cường kiểm tra, giám sát để không tái diễn.",
        "Nội dung kiến nghị đã được đưa vào kế hoạch đầu tư công năm sau của quận; UBND quận sẽ bố trí kinh phí thực hiện.",
        "Nội dung kiến nghị thuộc thẩm quyền của thành phố; UBND quận đã có văn bản đề nghị các sở, ngành xem xét, giải quyết và sẽ thông tin tới cử tri.",
        "Đơn vị đã làm việc với các hộ dân liên quan, hướng dẫn hoàn thiện hồ sơ; các trường hợp đủ điều kiện sẽ được giải quyết trong 30 ngày.",
    ];

    private static readonly string[] Wards = ["Dịch Vọng", "Dịch Vọng Hậu", "Mai Dịch", "Nghĩa Đô", "Nghĩa Tân", "Quan Hoa", "Trung Hòa", "Yên Hòa"];

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static async Task SeedAsync(DongThuanDb db, Deadlines deadlines, CauGiayOrganisation org, CancellationToken ct)
    {
        var rng = new Random(2022);
        var bodies = await db.Bodies.Where(b => b.UnitId == org.District.Id).ToDictionaryAsync(b => b.Name, b => b.Id, ct);
        // The head of each agency is named as the person responsible ("rõ người").
        var heads = (await db.Positions.Where(p => p.UnitId == org.District.Id).ToListAsync(ct))
            .Where(p => p.Title.StartsWith("Trưởng phòng", StringComparison.Ordinal) || p.Title.StartsWith("Chánh", StringComparison.Ordinal) || p.Title == "Chủ tịch UBND")
            .GroupBy(p => p.BodyId).ToDictionary(g => g.Key, g => g.First().PersonId);
        var fieldIds = PetitionFieldConfiguration.FieldIds;
        for (var f = 0; f < fieldIds.Length; f++)
        {
            var rule = RoutingRule.Create(org.District.Id, fieldIds[f], CompetentLevel.District, bodies[AgencyOfField[f]], null, out var o);
            Require(o);
            db.RoutingRules.Add(rule);
        }

        var seq = 0;
        var generated = new List<(Petition Petition, int Matter)>();
        Petition New(PetitionChannel channel, PetitionKind kind, int matter, DateOnly on, int voters, Guid? meeting, string? source, bool consent, string? inWard = null)
        {
            var m = Matters[matter];
            var ward = inWard ?? Wards[rng.Next(Wards.Length)];
            var street = Streets[rng.Next(Streets.Length)];
            var lane = (rng.Next(10, 300)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string Fill(string t) => t.Replace("{w}", ward, StringComparison.Ordinal).Replace("{s}", street, StringComparison.Ordinal).Replace("{n}", lane, StringComparison.Ordinal);
            var draft = new Petition.Draft(kind, channel, Fill(m.Title), Fill(m.Content), ward, null, voters, meeting, null, source, consent);
            var p = Petition.Receive(org.District.Id, org.Council.Id, Code(rng), $"demo:{++seq}", draft, At(on, 9), on, out var o);
            Require(o);
            db.Petitions.Add(p);
            Event(db, p, At(on, 9), null, source ?? PetitionNames.Of(channel));
            generated.Add((p, matter));
            return p;
        }

        // Voter meetings: each group before the mid-year and year-end sessions of 2022 and 2023.
        var rounds = new[] { new DateOnly(2022, 6, 20), new DateOnly(2022, 11, 28), new DateOnly(2023, 6, 19), new DateOnly(2023, 11, 27) };
        var consolidated = new List<(List<Petition> Sources, int Matter, DateOnly On)>();
        var inbox = new HashSet<Guid>();
        foreach (var round in rounds)
        {
            var common = Matters.Select((m, i) => (m, i)).Where(x => x.m.Common).OrderBy(_ => rng.Next()).Take(3).Select(x => x.i).ToList();
            var byCommon = common.ToDictionary(c => c, _ => new List<Petition>());
            for (var g = 0; g < org.DelegateGroups.Count; g++)
            {
                var held = round.AddDays(g % 5);
                var group = org.DelegateGroups[g];
                var meeting = VoterMeeting.Record(org.District.Id, org.Council.Id, group.Id, held, $"Nhà văn hóa phường {Wards[g]}",
                    string.Join(", ", org.Delegates.Skip(g * 5).Take(3).Select(d => d.FullName)), rng.Next(60, 180), MeetingTiming.BeforeSession, null, out var o);
                Require(o);
                db.VoterMeetings.Add(meeting);
                var raised = Enumerable.Range(0, rng.Next(4, 7)).Select(_ => rng.Next(Matters.Length)).Distinct().ToList();
                if (g % 2 == 0 || g == 1)
                {
                    raised.Add(common[g % common.Count]);
                }

                foreach (var matter in raised.Distinct())
                {
                    // Voters raise what happens in their own ward, where their delegate group meets them.
                    var p = New(PetitionChannel.VoterMeeting, PetitionKind.Feedback, matter, held, rng.Next(1, 12), meeting.Id, null, false, Wards[g]);
                    if (byCommon.TryGetValue(matter, out var list))
                    {
                        list.Add(p);
                    }
                }
            }

            var groups = byCommon.Where(x => x.Value.Count >= 2).ToList();
            if (round == rounds[^1] && groups.Count > 0)
            {
                // The office has not yet compiled one matter of the last round: it waits in the inbox, suggested as duplicates.
                inbox.UnionWith(groups[0].Value.Select(p => p.Id));
                groups.RemoveAt(0);
            }

            consolidated.AddRange(groups.Select(x => (x.Value, x.Key, round.AddDays(8))));
        }

        // Individual channels through the two years.
        var start = new DateOnly(2022, 1, 4);
        for (var i = 0; i < 150; i++)
        {
            var on = start.AddDays(rng.Next(0, 720));
            var channel = i % 5 == 0 ? PetitionChannel.Reception : i % 7 == 0 ? PetitionChannel.FrontList : PetitionChannel.Online;
            var kind = i % 37 == 5 ? PetitionKind.Denunciation : i % 9 == 4 ? PetitionKind.Complaint : PetitionKind.Feedback;
            var source = channel == PetitionChannel.FrontList ? $"Danh sách tổng hợp ý kiến cử tri của UBMTTQ quận quý {(on.Month - 1) / 3 + 1}/{on.Year}" : null;
            var p = New(channel, kind, rng.Next(Matters.Length), on, 1, null, source, channel == PetitionChannel.Online && rng.Next(3) > 0);
            if (channel != PetitionChannel.FrontList)
            {
                var n = 5000 + i;
                var identity = PetitionerIdentity.For(p, CauGiayOrganisation.InventedName(n), $"nguoidan{n}@example.com", $"09{rng.Next(10000000, 99999999)}",
                    $"Số {rng.Next(1, 200)} đường {Streets[rng.Next(Streets.Length)]}", null);
                db.PetitionerIdentities.Add(identity);
                var basis = channel == PetitionChannel.Online ? "Người gửi đánh dấu đồng ý trên biểu mẫu" : "Cán bộ tiếp nhận ghi nhận theo nhiệm vụ luật định (tiếp xúc cử tri, tiếp công dân)";
                db.Consents.Add(ConsentRecord.Of(identity, ConsentPurpose.Handling, true, At(on, 9), basis));
                db.Consents.Add(ConsentRecord.Of(identity, ConsentPurpose.PublishAnswer, p.PublishConsent, At(on, 9), basis));
            }
        }

        // Merge what several meetings of a round raised, then route, answer and rate everything.
        var merged = new HashSet<Guid>();
        foreach (var (sources, matter, on) in consolidated)
        {
            var c = Petition.Consolidate(sources, Code(rng), $"{sources[0].Title} (và {sources.Count - 1} nơi khác)", $"Cử tri {sources.Count} tổ đại biểu cùng kiến nghị. {sources[0].Content}",
                At(on, 10), on, out var o);
            Require(o);
            db.Petitions.Add(c);
            Event(db, c, At(on, 10), null, $"Tổng hợp từ {sources.Count} kiến nghị");
            foreach (var s in sources)
            {
                Event(db, s, At(on, 10), PetitionState.Received, $"Gộp vào {c.TrackingCode}");
                merged.Add(s.Id);
            }

            generated.Add((c, matter));
        }

        var identities = db.ChangeTracker.Entries<PetitionerIdentity>().Select(e => e.Entity).ToDictionary(i => i.PetitionId);
        foreach (var (p, matter) in generated.Where(g => !merged.Contains(g.Petition.Id) && !inbox.Contains(g.Petition.Id)).OrderBy(g => g.Petition.ReceivedOn))
        {
            await ProgressAsync(db, deadlines, rng, p, fieldIds[Matters[matter].Field], bodies[AgencyOfField[Matters[matter].Field]],
                p.Kind == PetitionKind.Denunciation ? bodies["Thanh tra quận"] : null, identities.GetValueOrDefault(p.Id), heads, ct);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Takes one petition through its life: routed within days, answered on time or late, rated, sometimes reopened.</summary>
    private static async Task ProgressAsync(DongThuanDb db, Deadlines deadlines, Random rng, Petition p, Guid field, Guid agency, Guid? denunciationAgency,
        PetitionerIdentity? identity, Dictionary<Guid, Guid> heads, CancellationToken ct)
    {
        var roll = rng.Next(100);
        if (roll < 4)
        {
            Require(p.Dismiss("Nội dung không thuộc thẩm quyền; đã hướng dẫn người gửi đến cơ quan có thẩm quyền."));
            Event(db, p, At(p.ReceivedOn.AddDays(3), 15), PetitionState.Received, p.ClosingNote);
            return;
        }

        var routedOn = p.ReceivedOn.AddDays(rng.Next(2, 9));
        var redacted = p.Kind == PetitionKind.Denunciation ? Redaction.Apply(p.Content, identity?.Identifying ?? []) : null;
        var owner = denunciationAgency ?? agency;
        Require(p.Route(field, CompetentLevel.District, owner, heads.TryGetValue(owner, out var head) ? head : null, redacted, routedOn));
        var due = await deadlines.DueAsync(DeadlineCodes.PetitionAnswer, routedOn, p.ReceivedOn, ct)
            ?? throw new InvalidOperationException("Demo petitions need the petition.answer deadline rule");
        var fieldName = PetitionFieldConfiguration.DefaultNames[Array.IndexOf(PetitionFieldConfiguration.FieldIds, field)];
        var obligation = new ObligationLedger(db, deadlines)
            .Open(p, new ObligationOpening(PetitionObligations.Answer, p.Title, p.UnitId, p.AgencyBodyId!.Value, p.OfficialPersonId, routedOn, fieldName), due.Due, due.Rule);
        Event(db, p, At(routedOn, 10), PetitionState.Received, null);

        // A few were never answered: they stay on the agencies' lists as very late.
        if (roll < 7)
        {
            return;
        }

        var late = roll < 28;
        var answerOn = late ? due.Due.Date.AddDays(rng.Next(3, 40)) : routedOn.AddDays(rng.Next(5, Math.Max(6, due.Due.Date.DayNumber - routedOn.DayNumber)));
        Answer(db, rng, p, obligation, answerOn);
        if (p.IsCollective && roll % 3 != 0)
        {
            return;
        }

        var ratingRoll = rng.Next(100);
        var rating = ratingRoll < 62 ? PetitionRating.Resolved : ratingRoll < 86 ? PetitionRating.PartlyResolved : PetitionRating.NotResolved;
        var ratedOn = p.AnsweredOn!.Value.AddDays(rng.Next(2, 15));
        Require(p.Rate(rating, rating == PetitionRating.NotResolved ? "Sự việc vẫn tiếp diễn." : null));
        Event(db, p, At(ratedOn, 20), PetitionState.Answered, null);
        if (rating != PetitionRating.NotResolved)
        {
            return;
        }

        if (ratingRoll % 2 == 0)
        {
            Require(p.ProposeForSupervision("Đề xuất đưa vào chương trình giám sát chuyên đề."));
            Event(db, p, At(ratedOn.AddDays(3), 10), PetitionState.NotResolved, p.ClosingNote);
            return;
        }

        var reopenOn = ratedOn.AddDays(3);
        Require(p.Reopen("Người gửi đánh giá chưa giải quyết; yêu cầu cơ quan kiểm tra lại."));
        var again = await deadlines.DueAsync(DeadlineCodes.PetitionAnswer, reopenOn.ToDateTime(TimeOnly.MinValue), ct);
        Require(obligation.Reopen(again!.Value.Due));
        Event(db, p, At(reopenOn, 10), PetitionState.NotResolved, p.SendBackReason);
        Answer(db, rng, p, obligation, reopenOn.AddDays(rng.Next(7, 25)));
    }

    private static void Answer(DongThuanDb db, Random rng, Petition p, Obligation obligation, DateOnly on)
    {
        Require(p.SubmitAnswer(Answers[rng.Next(Answers.Length)], on));
        Event(db, p, At(on, 14), PetitionState.Routed, null);
        var accepted = on.AddDays(rng.Next(1, 4));
        Require(p.AcceptAnswer(accepted));
        Require(obligation.Fulfil(on));
        Event(db, p, At(accepted, 9), PetitionState.AnswerSubmitted, null);
    }

    private static string Code(Random rng)
    {
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        var c = new char[8];
        for (var i = 0; i < c.Length; i++)
        {
            c[i] = alphabet[rng.Next(alphabet.Length)];
        }

        return $"KN-{new string(c, 0, 4)}-{new string(c, 4, 4)}";
    }

    // PostgreSQL stores instants in UTC only: the local hour in Hanoi, as a UTC instant.
    private static DateTimeOffset At(DateOnly day, int hour) => new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), VietnamOffset).ToUniversalTime();

    private static void Event(DongThuanDb db, Petition p, DateTimeOffset at, PetitionState? from, string? note) =>
        db.Timeline.Add(TimelineEvent.Record(PetitionObligations.SubjectType, p.Id, at, null, "Văn phòng HĐND và UBND quận", from?.ToString(), p.State.ToString(), note));

    private static void Require(Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo petitions break a rule: {outcome.Refusal}");
        }
    }
}
