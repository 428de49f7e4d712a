using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Infrastructure.OfficialDocuments;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Portal;
using DongThuan.Web.Modules.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DongThuan.Tests.Modules.Search;

/// <summary>
/// One search over every module, in Vietnamese with or without marks: a golden set of queries and the records
/// they must find (and in which order), permissions for the public and each role, the index in step with each
/// save, the text of attached files, the filters and refusals, and a rebuild. Runs on SQLite (FTS5) and on
/// PostgreSQL (tsvector) with the same expectations.
/// </summary>
public abstract partial class SearchTests
{
    /// <summary>The twelve vowels and the six tones (none, huyền, sắc, hỏi, ngã, nặng), as precomposed letters.</summary>
    private static readonly string[][] Vowels =
    [
        ["a", "à", "á", "ả", "ã", "ạ"], ["ă", "ằ", "ắ", "ẳ", "ẵ", "ặ"], ["â", "ầ", "ấ", "ẩ", "ẫ", "ậ"],
        ["e", "è", "é", "ẻ", "ẽ", "ẹ"], ["ê", "ề", "ế", "ể", "ễ", "ệ"], ["i", "ì", "í", "ỉ", "ĩ", "ị"],
        ["o", "ò", "ó", "ỏ", "õ", "ọ"], ["ô", "ồ", "ố", "ổ", "ỗ", "ộ"], ["ơ", "ờ", "ớ", "ở", "ỡ", "ợ"],
        ["u", "ù", "ú", "ủ", "ũ", "ụ"], ["ư", "ừ", "ứ", "ử", "ữ", "ự"], ["y", "ỳ", "ý", "ỷ", "ỹ", "ỵ"],
    ];

    private readonly AppFactory _app;

    protected SearchTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    private sealed record Item(string Kind, Guid Id, string Title, string Url, string Snippet, DateOnly? Date, string State);

    private sealed record Suggestion(string Query, int Total);

    private sealed record Results(int Total, int Page, int PageSize, List<Item> Items, List<Suggestion> Suggestions);

    /// <summary>How many SQL statements the engine runs to answer a query's first page for an anonymous reader.</summary>
    private Task<int> StatementsAsync(string query) => _app.WithDb((db, sp) => QueryCounter.CountAsync(async () =>
        await sp.GetRequiredService<SearchEngine>().QueryAsync(db, SearchQuery.Parse(query), new SearchFilter(), [], DateTimeOffset.UtcNow, 0, SiteSearch.PageSize, CancellationToken.None)));

    private sealed record Plans(long Generic, long Custom);

    private static async Task<Results> FindAsync(HttpClient client, string query, string extra = "")
    {
        var response = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(query) + extra);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<Results>())!;
    }

    /// <summary>An entry of no record: a public article of the demo's district, as the indexer would describe one.</summary>
    private static SearchEntry EntryOfNoRecord(DemoIds ids, string title, string text, string path)
    {
        var e = new SearchEntry("article", Guid.NewGuid());
        e.Describe(new SearchDocument(e.RecordId, title, text, ids.District, null, new DateOnly(2024, 1, 1), "", path, path, DateTimeOffset.UtcNow.AddDays(-1), []));
        return e;
    }

    /// <summary>
    /// Entries written as the indexer writes them, in one transaction (a commit for each would cost SQLite seconds), at
    /// the <paramref name="ids"/> given when there are, else at the database's next; their ids and records.
    /// </summary>
    private Task<List<(long Id, Guid RecordId)>> WriteEntriesAsync(List<SearchEntry> entries, IReadOnlyList<long>? ids = null) => _app.WithDb(async (db, sp) =>
    {
        await using var tx = await db.Database.BeginTransactionAsync();
        db.AddRange(entries);
        for (var i = 0; i < (ids?.Count ?? 0); i++)
        {
            db.Entry(entries[i]).Property(x => x.Id).CurrentValue = ids![i];
        }

        await db.SaveChangesAsync();
        await sp.GetRequiredService<SearchEngine>().WriteAsync(db, [], entries, CancellationToken.None);
        await tx.CommitAsync();
        return entries.Select(e => (e.Id, e.RecordId)).ToList();
    });

    /// <summary>Entries of no record taken out again: the other tests (a rebuild compares records and entries) must not see them.</summary>
    private Task<int> RemoveEntriesAsync(List<(long Id, Guid RecordId)> made) => _app.WithDb(async (db, sp) =>
    {
        var ids = made.Select(m => m.Id).ToList();
        await using var tx = await db.Database.BeginTransactionAsync();
        await sp.GetRequiredService<SearchEngine>().RemoveAsync(db, ids, CancellationToken.None);
        var removed = await db.Set<SearchEntry>().Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync();
        await tx.CommitAsync();
        return removed;
    });

    /// <summary>Published articles, written and saved as the portal does: the save itself indexes them.</summary>
    protected Task<Dictionary<string, Guid>> PublishAsync(params (string Key, string Title, string Body)[] articles) => _app.WithDb(async (db, sp) =>
    {
        var ids = await DemoIds.LoadAsync(_app);
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();
        var made = new Dictionary<string, Guid>();
        var slugs = new HashSet<string>();
        foreach (var (key, title, body) in articles)
        {
            var a = Article.Write(ids.District, title, "Văn phòng", "", body, "", slugs, now, out var o);
            slugs.Add(a.Slug);
            Assert.True(o.Succeeded, title);
            Assert.True(a.Publish(now.AddMinutes(-1), now).Succeeded);
            db.Add(a);
            made[key] = a.Id;
        }

        await db.SaveChangesAsync();
        return made;
    });

    [Fact]
    public async Task Every_vowel_with_every_tone_is_found_with_and_without_marks_and_the_marked_form_ranks_first()
    {
        // One article a syllable, b + vowel + n, all sharing a marker word, so each query's results are these 72 articles.
        var marker = "mốc" + Guid.NewGuid().ToString("N")[..6];
        var syllables = Vowels.SelectMany(v => v).Select(v => "b" + v + "n").ToList();
        var ids = await PublishAsync([.. syllables.Select(s => (s, $"Thử {s} {marker}", $"Nội dung có tiếng {s} để tìm."))]);
        using var client = _app.CreateClient();
        var pairs = 0;
        foreach (var group in Vowels)
        {
            var plain = "b" + VietnameseFold(group[0]) + "n";
            var variants = group.Select(v => ids["b" + v + "n"]).ToHashSet();

            // Typed without marks: every record whose syllable folds to it is found: "ban" finds the 18 of a, ă and â
            // with every tone, "bin" the 6 of i.
            var folded = await FindAsync(client, $"{VietnameseFold(marker)} {plain}");
            var foldedVariants = Vowels.Where(g => VietnameseFold(g[0]) == VietnameseFold(group[0])).SelectMany(g => g).Select(v => ids["b" + v + "n"]).ToHashSet();
            Assert.True(foldedVariants.SetEquals(folded.Items.Select(i => i.Id)), $"'{plain}' found {folded.Total}");
            Assert.All(variants, id => Assert.Contains(folded.Items, i => i.Id == id));
            pairs += group.Length;

            // Typed with its marks (and in capitals): that syllable's record first, the folded-only ones after it.
            foreach (var v in group.Where(v => v != VietnameseFold(v)))
            {
                var syllable = "b" + v + "n";
                foreach (var typed in new[] { $"{marker} {syllable}", $"{marker} {syllable.ToUpperInvariant()}" })
                {
                    var marked = await FindAsync(client, typed);
                    Assert.True(marked.Items.Count > 0 && marked.Items[0].Id == ids[syllable], $"'{typed}' should rank '{syllable}' first, got '{marked.Items.FirstOrDefault()?.Title}'");
                    Assert.Contains("<mark>", marked.Items[0].Snippet, StringComparison.Ordinal);
                    pairs++;
                }
            }
        }

        Assert.True(pairs >= 100, $"the golden set has {pairs} pairs");
    }

    [Fact]
    public async Task D_with_stroke_words_and_phrases_match_as_people_type_them()
    {
        var m = "mẫu" + Guid.NewGuid().ToString("N")[..6];
        var fm = VietnameseFold(m);
        var ids = await PublishAsync(
            ("dong-heavy", $"Đồng thuận {m}", "Đồng thuận giữa ba bên."),
            ("dong-east", $"Phía Đông {m}", "Hướng đông của phường."),
            ("dat-dai", $"Đất đai {m}", "Quản lý đất đai trên địa bàn quận Cầu Giấy."),
            ("dai-dat", $"Dải đất {m}", "Dây an toàn và đất trống ở Nghĩa Đô."),
            ("hdnd", $"HĐND-UBND {m}", "Phối hợp giữa HĐND và UBND."));
        using var client = _app.CreateClient();
        (string Query, string[] Expected, string? First)[] golden =
        [
            ($"{fm} dong", ["dong-heavy", "dong-east"], null),
            ($"{m} Đồng", ["dong-heavy", "dong-east"], "dong-heavy"),
            ($"{m} đồng", ["dong-heavy", "dong-east"], "dong-heavy"),
            ($"{m} ĐỒNG", ["dong-heavy", "dong-east"], "dong-heavy"),
            ($"{m} Đông", ["dong-heavy", "dong-east"], "dong-east"),
            ($"{m} đông", ["dong-heavy", "dong-east"], "dong-east"),
            ($"{fm} DONG", ["dong-heavy", "dong-east"], null),
            ($"{fm} dat dai", ["dat-dai", "dai-dat"], null),
            ($"{m} đất đai", ["dat-dai", "dai-dat"], "dat-dai"),
            ($"{fm} \"dat dai\"", ["dat-dai"], null),
            ($"{m} \"Đất đai\"", ["dat-dai"], "dat-dai"),
            ($"{fm} \"dai dat\"", ["dai-dat"], null),
            ($"{m} Dải", ["dai-dat", "dat-dai"], "dai-dat"),
            ($"{fm} \"cau giay\"", ["dat-dai"], null),
            ($"{m} \"Cầu Giấy\"", ["dat-dai"], "dat-dai"),
            ($"{fm} \"nghia do\"", ["dai-dat"], null),
            ($"{fm} dia ban quan", ["dat-dai"], null),
            ($"{fm} hdnd ubnd", ["hdnd"], null),
            ($"{fm} hdnd-ubnd", ["hdnd"], null),
            ($"{m} HĐND", ["hdnd"], "hdnd"),
            ($"{fm} \"ubnd hdnd\"", [], null),
            ($"{fm} thuan", ["dong-heavy"], null),
            ($"{fm} khongcotu", [], null),
        ];
        foreach (var (query, expected, first) in golden)
        {
            var page = await FindAsync(client, query);
            Assert.True(expected.Select(k => ids[k]).ToHashSet().SetEquals(page.Items.Select(i => i.Id)), $"'{query}' found: {string.Join(", ", page.Items.Select(i => i.Title))}");
            if (first is not null)
            {
                Assert.True(ids[first] == page.Items[0].Id, $"'{query}' should rank {first} first: {string.Join(", ", page.Items.Select(i => i.Title))}");
            }
        }
    }

    [Fact]
    public void A_snippet_opens_where_the_words_stand_as_typed_and_marks_every_folded_match()
    {
        var text = "Phía Đông của phường. " + string.Concat(Enumerable.Repeat("Nội dung dài của bản tin. ", 20)) + "Tạo sự đồng thuận <b>giữa</b> ba bên.";
        var query = SearchQuery.Parse("Đồng thuận");
        var snippet = Snippet.Of(text, query.Words, query.MarkedWords);
        Assert.Contains("<mark>đồng</mark> <mark>thuận</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("Phía", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;giữa&lt;/b&gt;", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);

        // Typed without marks: the first folded match opens it, and both spellings are marked where they fall.
        var plain = SearchQuery.Parse("dong");
        Assert.StartsWith("Phía <mark>Đông</mark>", Snippet.Of(text, plain.Words, plain.MarkedWords), StringComparison.Ordinal);
        Assert.Equal("", Snippet.Of("", plain.Words));

        // Typed with marks, only the words as typed are marked: "đất đai" marks neither "đại" nor "đạt"…
        var land = SearchQuery.Parse("đất đai");
        var landText = "Đại biểu đề nghị giải quyết tranh chấp đất đai để đạt kết quả.";
        Assert.Equal("Đại biểu đề nghị giải quyết tranh chấp <mark>đất</mark> <mark>đai</mark> để đạt kết quả.", Snippet.Of(landText, land.Words, land.MarkedWords));
        // …but where the words stand only without marks, those are marked, so the reader still sees why it was found.
        Assert.Equal("Tranh chấp <mark>dat</mark> <mark>dai</mark> kéo theo.", Snippet.Of("Tranh chấp dat dai kéo theo.", land.Words, land.MarkedWords));
    }

    [Fact]
    public async Task A_search_that_finds_nothing_offers_looser_queries_that_do_and_says_marks_were_ignored()
    {
        var word = "hiếm" + Guid.NewGuid().ToString("N")[..6];
        await PublishAsync(("a", $"Tin {word}", "Nội dung về đất đai."));
        using var client = _app.CreateClient();

        // Two words, the second found nowhere: the first alone is offered, with its count; the phrase as loose words too.
        var none = await FindAsync(client, $"{word} khôngcóđâu");
        Assert.Equal(0, none.Total);
        Assert.Contains(none.Suggestions, s => s.Query == word && s.Total == 1);
        Assert.DoesNotContain(none.Suggestions, s => s.Query.Contains("khôngcóđâu", StringComparison.Ordinal));

        // The page says marks were already ignored and links the looser query with the filters kept.
        var page = await client.GetStringAsync("/tim-kiem?kind=news&q=" + Uri.EscapeDataString($"{word} đất khôngcóđâu"));
        Assert.Contains("cách viết không dấu", page, StringComparison.Ordinal);
        Assert.Contains("Thử tìm với ít từ hơn", page, StringComparison.Ordinal);
        Assert.Contains($"q={Uri.EscapeDataString(word + " đất")}", page.Replace("&amp;", "&", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("kind=news", page, StringComparison.Ordinal);

        // Found at all: no suggestions.
        Assert.Empty((await FindAsync(client, word)).Suggestions);
    }

    [Fact]
    public async Task An_edited_record_is_found_by_its_new_words_and_not_its_old_ones_right_after_the_save()
    {
        var old = "cũ" + Guid.NewGuid().ToString("N")[..6];
        var fresh = "mới" + Guid.NewGuid().ToString("N")[..6];
        var id = (await PublishAsync(("a", $"Tin {old}", "Nội dung.")))["a"];
        using var client = _app.CreateClient();
        Assert.Single((await FindAsync(client, old)).Items, i => i.Id == id);

        // Edited through the portal's own page, by its office.
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var edited = await office.SubmitAsync($"/Portal/Edit/{id}", new()
        {
            ["Title"] = $"Tin {fresh}", ["Author"] = "Văn phòng", ["Lead"] = "", ["Body"] = "Nội dung đã sửa.", ["Tags"] = "",
        }, $"/Portal/Edit/{id}?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Empty((await FindAsync(client, old)).Items);
        Assert.Equal(id, Assert.Single((await FindAsync(client, VietnameseFold(fresh))).Items).Id);

        // Taken off the portal: the public no longer finds it, its office still does (at the inside address).
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync($"/Portal/Edit/{id}", new()
        {
            ["Title"] = $"Tin {fresh}", ["Author"] = "Văn phòng", ["Lead"] = "", ["Body"] = "Nội dung đã sửa.", ["Tags"] = "",
        }, $"/Portal/Edit/{id}?handler=Unpublish")).StatusCode);
        Assert.Empty((await FindAsync(client, fresh)).Items);
        var inside = Assert.Single((await FindAsync(office.Client, fresh)).Items);
        Assert.Equal($"/Portal/Edit/{id}", inside.Url);
        Assert.Equal(PortalSearch.Draft, inside.State);
    }

    /// <summary>
    /// A save looks for no entry of a record whose own row it inserts (ADR 0058), but a row it inserts under a record
    /// already indexed (an agenda item of a session) must still rewrite that record's one entry, not add a second.
    /// </summary>
    [Fact]
    public async Task A_row_added_under_an_indexed_record_rewrites_its_one_entry()
    {
        var ids = await DemoIds.LoadAsync(_app);
        var word = "nghịsự" + Guid.NewGuid().ToString("N")[..6];
        using var office = _app.CreateClient();
        var token = await office.PostAsJsonAsync("/api/v1/auth/token", new { userName = "thuongtruc", password = DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.Password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var bearer = (await token.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        office.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);

        var added = await office.PostAsJsonAsync($"/api/v1/sessions/{ids.Session2022}/agenda", new { title = $"Tờ trình về {word}" });
        Assert.True(added.StatusCode == HttpStatusCode.Created, $"{(int)added.StatusCode} {await added.Content.ReadAsStringAsync()}");

        Assert.Equal(1, await _app.WithDb((db, _) => db.SearchEntries.CountAsync(e => e.Kind == "session" && e.RecordId == ids.Session2022)));
        Assert.Contains((await FindAsync(office, VietnameseFold(word))).Items, i => i.Kind == "session" && i.Id == ids.Session2022);
    }

    [Fact]
    public async Task A_petition_sent_in_one_request_is_found_by_its_office_at_once()
    {
        // One request, one save: the entry and the keys of who may find it must be stored by that save alone.
        var title = PetitionKit.Unique("Đèn đường ngõ 12 tắt cả tuần");
        using (var anonymous = _app.CreateClient())
        {
            var sent = await anonymous.PostAsJsonAsync("/api/v1/petitions", new
            {
                name = "Trần Văn Bình", email = "binh@example.com", ward = PetitionKit.Ward, title, content = "Đề nghị sửa đèn đường ngõ 12.",
            });
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }

        var id = await _app.WithDb((db, _) => db.Petitions.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());
        var keys = await _app.WithDb((db, _) => db.SearchEntries.Where(e => e.RecordId == id).SelectMany(e => e.Audience).CountAsync());
        Assert.True(keys > 0, "the new entry's audience keys were not stored with it");
        using var office = await Browser.SignedInAs(_app, PetitionKit.Office);
        Assert.NotNull(await FindHitAsync(office.Client, title, id, "petition"));
    }

    [Fact]
    public async Task A_petition_received_is_indexed_as_a_description_read_back_from_the_database_would_index_it()
    {
        // Its save describes it from the rows it wrote (ADR 0061). Read back, the same petition must give the same entry:
        // the petitioner's name and number redacted, the same audience, the same address and state.
        var name = "Lương Thị Hoa" + Guid.NewGuid().ToString("N")[..4];
        var title = PetitionKit.Unique("Cống thoát nước ngõ 7 tắc");
        using (var anonymous = _app.CreateClient())
        {
            var sent = await anonymous.PostAsJsonAsync("/api/v1/petitions", new
            {
                name, email = "hoa.cong@example.com", phone = "0987654321", ward = PetitionKit.Ward, title, consent = true,
                content = $"Tôi là {name}, điện thoại 0987654321, đề nghị nạo vét cống ngõ 7.",
            });
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }

        var (wordsDiffer, restDiffers, stored) = await _app.WithDb(async (db, sp) =>
        {
            var id = await db.Petitions.Where(p => p.Title == title).Select(p => p.Id).SingleAsync();
            var read = Assert.Single(await sp.GetServices<SearchSource>().Single(s => s.Kind == "petition").DescribeAsync(db, [id], default));
            var entry = await db.SearchEntries.Include(e => e.Audience).SingleAsync(e => e.Kind == "petition" && e.RecordId == id);
            var text = entry.Title + " " + entry.Text;
            return (entry.Describe(read), db.ChangeTracker.HasChanges(), text);
        });
        Assert.False(wordsDiffer, "the entry's words are not those the petition read back gives");
        Assert.False(restDiffers, "the entry's place, state, address or audience are not those the petition read back gives");
        Assert.DoesNotContain(name, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("0987654321", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_role_finds_what_its_pages_show_and_nothing_else()
    {
        var (routed, mine) = await _app.WithDb(async (db, _) =>
        {
            var executive = await db.Set<RoleAssignment>().Where(r => r.Role == AppRole.ExecutiveOfficer)
                .Join(db.Users.Where(u => u.UserName == "ubnd"), r => r.UserId, u => u.Id, (r, u) => r.BodyId!.Value).FirstAsync();
            // Routed to the ubnd account's agency, and not among the published answers.
            var routedToAgency = db.Petitions.Where(p => p.State != PetitionState.Received && p.State != PetitionState.Merged && p.AgencyBodyId != null
                && !PublicAnswers.Of(db).Any(x => x.Id == p.Id));
            var petition = await routedToAgency.Where(p => p.AgencyBodyId == executive).OrderBy(p => p.TrackingCode).FirstAsync();
            var other = await routedToAgency.Where(p => p.AgencyBodyId != executive).OrderBy(p => p.TrackingCode).FirstOrDefaultAsync();
            return (petition, other);
        });

        static async Task<bool> Finds(HttpClient client, Petition p) => await FindHitAsync(client, p.Title, p.Id, "petition") is not null;

        using var anonymous = _app.CreateClient();
        Assert.False(await Finds(anonymous, routed), "the public does not find a petition that is not answered");
        foreach (var (user, expected) in new[] { ("admin", true), ("thuongtruc", true), ("ubnd", true), ("mttq", false), ("congdan", false), ("bientap", false), ("daibieu", false), ("uyvien", false) })
        {
            using var browser = await Browser.SignedInAs(_app, user);
            Assert.True(expected == await Finds(browser.Client, routed), $"{user} should {(expected ? "" : "not ")}find the routed petition");
        }

        if (mine is not null)
        {
            using var executive = await Browser.SignedInAs(_app, "ubnd");
            Assert.False(await Finds(executive.Client, mine), "an agency does not find what was routed to another");
        }

        // Another council's office finds nothing of this one's (not public) petitions.
        var other = await OtherCouncil.CreateAsync(_app);
        using var otherOffice = await Browser.SignedInAs(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.False(await Finds(otherOffice.Client, routed));

        // A published answer is found by the public, at its public address.
        var published = await _app.WithDb((db, _) => PublicAnswers.Of(db).FirstAsync());
        var hit = await FindHitAsync(anonymous, published.Title, published.Id);
        Assert.NotNull(hit);
        Assert.Equal($"/Petitions/Answers?id={published.Id}", hit.Url);
        var answerPage = await anonymous.GetStringAsync(hit.Url);
        var answer = published.Answer!;
        Assert.Contains(answer[..Math.Min(30, answer.Length)], WebUtility.HtmlDecode(answerPage), StringComparison.Ordinal);
        Assert.Single(Regex.Matches(answerPage, "<article class=\"card\">"));
    }

    [Fact]
    public async Task A_denouncer_is_never_in_the_index_and_closed_sessions_stay_out_of_public_results()
    {
        var word = "tốcáo" + Guid.NewGuid().ToString("N")[..6];
        var name = "Trịnh Bảo" + Guid.NewGuid().ToString("N")[..4];
        using var anonymous = _app.CreateClient();
        var sent = await anonymous.PostAsJsonAsync("/api/v1/petitions", new
        {
            name, email = "tocao@example.com", phone = "0912345678", title = $"Tố cáo sai phạm {word}",
            content = $"Tôi là {name}, số 0912345678, tố cáo việc {word} tại công trường.", kind = "Denunciation", consent = true, ward = PetitionKit.Ward,
        });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        using var admin = await Browser.SignedInAs(_app, "admin");
        var found = Assert.Single((await FindAsync(admin.Client, word)).Items);
        Assert.DoesNotContain(name, found.Snippet, StringComparison.Ordinal);
        Assert.Empty((await FindAsync(admin.Client, name)).Items);
        Assert.Empty((await FindAsync(admin.Client, "0912345678")).Items);
        Assert.Empty((await FindAsync(anonymous, word)).Items);
        var stored = await _app.WithDb((db, _) => db.SearchEntries.Where(e => e.RecordId == found.Id).Select(e => e.Title + " " + e.Text).SingleAsync());
        Assert.DoesNotContain(name, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(VietnameseFold(name), VietnameseFold(stored), StringComparison.Ordinal);
        Assert.DoesNotContain("0912345678", stored, StringComparison.Ordinal);

        // A session closed (họp kín) takes itself and its documents out of the public's results in the same save.
        var ids = await DemoIds.LoadAsync(_app);
        var (documentId, documentTitle) = await _app.WithDb(async (db, _) =>
        {
            var d = await db.Set<DongThuan.Web.Modules.Sessions.Document>().Where(d => d.SessionId == ids.Session2022).OrderBy(d => d.Number).FirstAsync();
            return (d.Id, d.Summary);
        });
        Assert.NotNull(await FindHitAsync(anonymous, documentTitle, documentId, "document"));
        await _app.WithDb(async db =>
        {
            await SetPublicAsync(db, ids.Session2022, false);
        });
        try
        {
            Assert.Null(await FindHitAsync(anonymous, documentTitle, documentId, "document"));
            Assert.Null(await FindHitAsync(anonymous, "Kỳ họp thứ 4", ids.Session2022));
            using var office = await Browser.SignedInAs(_app, "thuongtruc");
            Assert.NotNull(await FindHitAsync(office.Client, documentTitle, documentId, "document"));
            Assert.Equal($"/Sessions/Details/{ids.Session2022}", (await FindHitAsync(office.Client, "Kỳ họp thứ 4", ids.Session2022))!.Url);
        }
        finally
        {
            await _app.WithDb(async db =>
            {
                await SetPublicAsync(db, ids.Session2022, true);
            });
        }
    }

    [Fact]
    public async Task The_words_of_attached_DOCX_and_PDF_files_are_found()
    {
        var ids = await DemoIds.LoadAsync(_app);
        var docxWord = "quyhoạch" + Guid.NewGuid().ToString("N")[..6];
        var pdfWord = "ngânsách" + Guid.NewGuid().ToString("N")[..6];
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        // The number is left empty so the register gives the next free one: a chosen number can collide with an earlier run's.
        foreach (var (summary, file, name) in new[]
                 {
                     ("Tờ trình về quy hoạch", Docx($"Nội dung tờ trình: điều chỉnh {docxWord} khu đô thị Dịch Vọng."), "to-trinh.docx"),
                     ("Báo cáo ngân sách", Pdf($"Báo cáo thu chi {pdfWord} năm 2022"), "bao-cao.pdf"),
                     // A file that starts like a PDF but is not one: saved all the same, found by its summary, no text.
                     ($"Báo cáo hỏng {pdfWord}x", Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"), "hong.pdf"),
                 })
        {
            var url = $"/Sessions/RegisterDocument?sessionId={ids.Session2022}";
            var html = await office.GetPageAsync(url);
            var token = WebUtility.HtmlDecode(TokenPattern().Matches(html).Last().Groups[1].Value);
            using var form = new MultipartFormDataContent
            {
                { new StringContent(ids.Session2022.ToString()), "SessionId" }, { new StringContent("Report"), "Input.Type" },
                { new StringContent(ids.PeoplesCommittee.ToString()), "Input.IssuerBodyId" }, { new StringContent("UBND"), "Input.IssuerCode" },
                { new StringContent("2022-12-10"), "Input.IssuedOn" }, { new StringContent(summary), "Input.Summary" },
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(file), "file", name },
            };
            var saved = await office.Client.PostAsync(url, form);
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{name}: {(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
        }

        using var anonymous = _app.CreateClient();
        var inDocx = Assert.Single((await FindAsync(anonymous, VietnameseFold(docxWord))).Items);
        Assert.Equal("document", inDocx.Kind);
        Assert.StartsWith($"/cong-khai/ky-hop/{ids.Session2022}#vb-", inDocx.Url, StringComparison.Ordinal);
        Assert.Contains($"<mark>{docxWord}</mark>", inDocx.Snippet, StringComparison.Ordinal);
        var inPdf = Assert.Single((await FindAsync(anonymous, pdfWord)).Items);
        Assert.Equal("document", inPdf.Kind);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(inPdf.Url.Split('#')[0])).StatusCode);
        Assert.Equal("document", Assert.Single((await FindAsync(anonymous, VietnameseFold(pdfWord) + "x")).Items).Kind);
        var brokenSha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")));
        Assert.Equal("", await _app.WithDb((db, _) => db.Set<FileText>().Where(f => f.Sha256 == brokenSha).Select(f => f.Text).SingleAsync()));
    }

    [Fact]
    public async Task Filters_paging_the_page_and_refusals()
    {
        using var client = _app.CreateClient();
        // The demo's 2022: the land-certificate question among questions; by kind, state, unit, body and dates.
        var questions = await FindAsync(client, "giay chung nhan", "&kind=question");
        Assert.True(questions.Total > 0);
        Assert.All(questions.Items, i => Assert.Equal("question", i.Kind));
        var all = await FindAsync(client, "cau giay");
        Assert.True(all.Items.Select(i => i.Kind).Distinct().Count() >= 3, "several kinds for a common phrase");
        var dated = await FindAsync(client, "cau giay", "&from=2022-01-01&to=2022-12-31");
        Assert.True(dated.Total > 0 && dated.Total < all.Total);
        Assert.All(dated.Items, i => Assert.True(i.Date is { Year: 2022 }, i.Title));
        var ids = await DemoIds.LoadAsync(_app);
        var byUnit = await FindAsync(client, "cau giay", $"&unitId={ids.District}");
        Assert.True(byUnit.Total > 0);
        Assert.Equal(0, (await FindAsync(client, "cau giay", $"&unitId={Guid.NewGuid()}")).Total);
        var byBody = await FindAsync(client, "cau giay", $"&bodyId={ids.PeoplesCommittee}");
        Assert.True(byBody.Total > 0 && byBody.Total < all.Total);
        var answered = await FindAsync(client, "cau giay", "&kind=petition&state=Closed");
        Assert.All(answered.Items, i => Assert.Equal("Closed", i.State));

        // Pages of 20 that do not overlap.
        var common = await FindAsync(client, "phuong");
        Assert.True(common.Total > 20, $"{common.Total}");
        var second = await FindAsync(client, "phuong", "&page=2");
        Assert.Empty(common.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));

        // The page: a GET form, results marked, a pager; no script.
        var page = await client.GetStringAsync("/tim-kiem?q=" + Uri.EscapeDataString("cầu giấy"));
        Assert.Contains("<mark>Cầu</mark> <mark>Giấy</mark>", page, StringComparison.Ordinal);
        Assert.Contains("form method=\"get\" action=\"/tim-kiem\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
        Assert.Contains("page=2", await client.GetStringAsync("/tim-kiem?q=phuong"), StringComparison.Ordinal);

        // Refusals: an unknown kind or state, dates the wrong way round, a query too long: 400 in the reader's language, never a trace.
        foreach (var wrong in new[] { "&kind=bogus", "&kind=question&state=Routed", "&from=2023-01-01&to=2022-01-01" })
        {
            var response = await client.GetAsync("/api/v1/search?q=cau" + wrong);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var tooLong = await client.GetAsync("/api/v1/search?q=" + new string('a', 201));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains(SearchRefusals.TooLong.Message, await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/search?q=cau&kind=bogus");
        english.Headers.AcceptLanguage.ParseAdd("en-GB");
        var translated = await client.SendAsync(english);
        Assert.Contains("not in the search", await translated.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badPage = await client.GetAsync("/tim-kiem?q=cau&kind=bogus");
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.Contains(SearchRefusals.UnknownKind.Message, await badPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var bad = await client.GetAsync("/api/v1/search?q=cau&from=notadate");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(0, (await FindAsync(client, "  \" ,.; ")).Total);
    }

    [Fact]
    public async Task A_common_word_is_counted_up_to_a_thousand_and_a_record_titled_with_it_still_ranks_first()
    {
        // The titled article first, so that it is the oldest of the matches and outside the newest candidates.
        var word = "thoatnuoc" + Guid.NewGuid().ToString("N")[..6];
        var titled = (await PublishAsync(("titled", $"Kế hoạch {word} khu dân cư", "Văn phòng thông báo kế hoạch.")))["titled"];
        var ids = await DemoIds.LoadAsync(_app);
        var made = await WriteEntriesAsync([.. Enumerable.Range(0, SearchEngine.CountCap + 1).Select(i => EntryOfNoRecord(ids, $"zz{i}", $"{word} {i}", $"/tin-tuc/x{i}"))]);
        try
        {
            using var reader = _app.CreateClient();
            var response = await reader.GetAsync("/api/v1/search?q=" + word);
            var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(SearchEngine.CountCap, json.GetProperty("total").GetInt32());
            Assert.True(json.GetProperty("totalCapped").GetBoolean());
            Assert.Equal(titled, json.GetProperty("items")[0].GetProperty("id").GetGuid()); // the title outranks a thousand newer mentions
            Assert.Equal(SiteSearch.PageSize, json.GetProperty("items").GetArrayLength());

            // The same through filters (on PostgreSQL, the windowed looks with them: the word is too common for one
            // statement, ADR 0046), and a filter that leaves nothing.
            var filtered = await FindAsync(reader, word, $"&unitId={ids.District}&from=2000-01-01");
            Assert.Equal(SearchEngine.CountCap, filtered.Total);
            Assert.Equal(titled, filtered.Items[0].Id);
            Assert.Equal(0, (await FindAsync(reader, word, $"&kind={DongThuan.Web.Modules.Questions.QuestionsSearch.KindName}")).Total);

            // The index is read in three statements (ADR 0031): the matching ids, the titled ones (more matches than
            // candidates), the ranked page. A word of one record needs no titled statement.
            var titledQuery = $"Kế hoạch {word} khu dân cư";
            if (_app.Provider == DongThuan.Web.Infrastructure.Database.DatabaseProvider.Sqlite)
            {
                // SQLite ranks in the app (ADR 0039): the candidates' words and FTS5's totals are two statements more,
                // and each part's count of rows is read once and then kept: the word's was read by the calls above, the
                // five other parts' are read the first time and not the second.
                Assert.Equal(5, await StatementsAsync(word));
                Assert.Equal(4 + 5, await StatementsAsync(titledQuery));
                Assert.Equal(4, await StatementsAsync(titledQuery));
            }
            else
            {
                // PostgreSQL reads the newest id before each look (ADR 0040). The titled query holds words of few
                // records, so once their counts are kept (the first call may read one) it is one statement (ADR 0046).
                Assert.Equal(5, await StatementsAsync(word));
                Assert.InRange(await StatementsAsync(titledQuery), 1, 1 + 6);
                Assert.Equal(1, await StatementsAsync(titledQuery));
            }

            var page = WebUtility.HtmlDecode(await reader.GetStringAsync("/tim-kiem?q=" + word));
            Assert.Contains("Hơn 1.000 kết quả", page, StringComparison.Ordinal);
            Assert.Contains($"Trang 1/{SearchEngine.Candidates / SiteSearch.PageSize}", page, StringComparison.Ordinal);
            var last = await FindAsync(reader, word, $"&page={SearchEngine.Candidates / SiteSearch.PageSize}");
            Assert.Equal(SiteSearch.PageSize, last.Items.Count);
        }
        finally
        {
            await RemoveEntriesAsync(made);
        }
    }

    [Fact]
    public async Task A_rare_word_is_one_statement_and_a_word_grown_common_since_it_was_counted_is_still_capped_and_ranked()
    {
        // The titled article first, so that once the word is common it is the oldest match, outside the newest candidates.
        var word = "hiemgap" + Guid.NewGuid().ToString("N")[..6];
        var titled = (await PublishAsync(("titled", $"Kế hoạch {word} khu dân cư", "Văn phòng thông báo kế hoạch.")))["titled"];
        var ids = await DemoIds.LoadAsync(_app);
        var made = await WriteEntriesAsync([.. Enumerable.Range(0, 3).Select(i => EntryOfNoRecord(ids, $"rr{i}", $"{word} {i}", $"/tin-tuc/r{i}"))]);
        try
        {
            using var reader = _app.CreateClient();
            var found = await FindAsync(reader, word);
            Assert.Equal(4, found.Total);
            Assert.Equal(titled, found.Items[0].Id);
            Assert.Equal(4, found.Items.Count);
            if (_app.Provider == DongThuan.Web.Infrastructure.Database.DatabaseProvider.Postgres)
            {
                // The word's count is kept from the search above: the match, the count and the ranked page in one statement.
                Assert.Equal(1, await StatementsAsync(word));
                // Prepared on its connection and planned once, blind to the words (ADR 0047): run three times on one
                // connection, the one plan served every run; and the setting went back, so the session plans as before.
                // A reader whose keys the rule looks up is planned for each run: blind to the keys, the plan hashed all of them.
                var (generic, custom, mode, keyedPrepared) = await _app.WithDb(async (db, sp) =>
                {
                    await db.Database.OpenConnectionAsync();
                    // The connection may come from the pool with the statement prepared by an earlier search.
                    Task<Plans> PlansAsync() => db.Database.SqlQueryRaw<Plans>(
                        "SELECT coalesce(sum(generic_plans), 0) AS \"Generic\", coalesce(sum(custom_plans), 0) AS \"Custom\" FROM pg_prepared_statements WHERE statement LIKE '%count(*) OVER ()%'").SingleAsync();
                    var before = await PlansAsync();
                    var engine = sp.GetRequiredService<SearchEngine>();
                    for (var i = 0; i < 3; i++)
                    {
                        var (total, _) = await engine.QueryAsync(db, SearchQuery.Parse(word), new SearchFilter(), [], DateTimeOffset.UtcNow, 0, SiteSearch.PageSize, CancellationToken.None);
                        Assert.Equal(4, total);
                    }

                    var after = await PlansAsync();
                    var setting = await db.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync();
                    var keys = new[] { SearchAudience.Office(ids.District) };
                    for (var i = 0; i < 3; i++)
                    {
                        var (total, _) = await engine.QueryAsync(db, SearchQuery.Parse(word), new SearchFilter(), keys, DateTimeOffset.UtcNow, 0, SiteSearch.PageSize, CancellationToken.None);
                        Assert.Equal(4, total);
                    }

                    var keyed = await db.Database.SqlQueryRaw<long>(
                        "SELECT count(*) AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%count(*) OVER ()%' AND statement LIKE '%SearchAudience%'").SingleAsync();
                    return (after.Generic - before.Generic, after.Custom - before.Custom, setting, keyed);
                });
                Assert.Equal(3, generic);
                Assert.Equal(0, custom);
                Assert.Equal("auto", mode);
                Assert.Equal(0, keyedPrepared);
            }

            // A page past the last still says how many there are (its rows would have carried the count).
            var past = await FindAsync(reader, word, "&page=2");
            Assert.Equal(4, past.Total);
            Assert.Empty(past.Items);

            // The word grows common within the time its count is kept: the one statement finds more than the cap, and
            // the answer is built as for any common word: capped, the titled record still first.
            made.AddRange(await WriteEntriesAsync([.. Enumerable.Range(0, SearchEngine.CountCap).Select(i => EntryOfNoRecord(ids, $"ss{i}", $"{word} nữa {i}", $"/tin-tuc/s{i}"))]));
            var json = System.Text.Json.JsonDocument.Parse(await reader.GetStringAsync("/api/v1/search?q=" + word)).RootElement;
            Assert.Equal(SearchEngine.CountCap, json.GetProperty("total").GetInt32());
            Assert.True(json.GetProperty("totalCapped").GetBoolean());
            Assert.Equal(titled, json.GetProperty("items")[0].GetProperty("id").GetGuid());
            Assert.Equal(SiteSearch.PageSize, json.GetProperty("items").GetArrayLength());
        }
        finally
        {
            await RemoveEntriesAsync(made);
        }
    }

    [Fact]
    public async Task A_rare_words_hits_carry_every_column_of_their_entries_and_whether_the_reader_reached_them_by_a_key()
    {
        // PostgreSQL reads the rare word's rows column by column past EF Core's query pipeline (ADR 0052); a column read
        // from the wrong place, or a null read as a value, shows here. One entry public, dated, with a public address;
        // one neither, open only to the district's office.
        var word = "cotday" + Guid.NewGuid().ToString("N")[..6];
        var ids = await DemoIds.LoadAsync(_app);
        var open = new SearchEntry("petition", Guid.NewGuid());
        open.Describe(new SearchDocument(open.RecordId, $"Đơn {word} công khai", "Nội dung đã trả lời.", ids.District, null, new DateOnly(2025, 3, 9), "Đã trả lời",
            "/Petitions/Details/1", "/cong-khai/don/1", DateTimeOffset.UtcNow.AddDays(-2), []));
        var closed = new SearchEntry("question", Guid.NewGuid());
        closed.Describe(new SearchDocument(closed.RecordId, "Chất vấn nội bộ", $"Nội dung có {word}.", ids.District, ids.Council, null, "Đang xử lý",
            "/Questions/Details/2", null, null, [SearchAudience.Office(ids.District)]));
        var made = await WriteEntriesAsync([open, closed]);
        try
        {
            var office = new[] { SearchAudience.Office(ids.District) };
            foreach (var (audience, expected) in new (IReadOnlyList<string>?, (SearchEntry Entry, int Inside)[])[]
                     {
                         ([], [(open, 0)]), // anonymous: what is public, reached by no key
                         (null, [(open, 1), (closed, 1)]), // an administrator: everything
                         (office, [(open, 0), (closed, 1)]), // the office: the public one, and the other through its key
                     })
            {
                // Twice: the very first run also counts the word; every later one answers from the kept count (on PostgreSQL, in one statement).
                for (var run = 0; run < 2; run++)
                {
                    var (total, hits) = await _app.WithDb((db, sp) => sp.GetRequiredService<SearchEngine>().QueryAsync(db, SearchQuery.Parse(word), new SearchFilter(),
                        audience, DateTimeOffset.UtcNow, 0, SiteSearch.PageSize, CancellationToken.None));
                    Assert.Equal(expected.Length, total);
                    Assert.Equal(expected.Select(e => e.Entry.RecordId).Order(), hits.Select(h => h.RecordId).Order());
                    foreach (var (entry, inside) in expected)
                    {
                        var hit = hits.Single(h => h.RecordId == entry.RecordId);
                        Assert.Equal((entry.Id, entry.Kind, entry.Title, entry.Text, entry.Url, entry.PublicUrl, entry.Date, entry.State, inside),
                            (hit.Id, hit.Kind, hit.Title, hit.Text, hit.Url, hit.PublicUrl, hit.Date, hit.State, hit.Inside));
                    }
                }
            }

            if (_app.Provider == DongThuan.Web.Infrastructure.Database.DatabaseProvider.Postgres)
            {
                Assert.Equal(1, await StatementsAsync(word)); // it was the rare word's one statement that read them
            }
        }
        finally
        {
            await RemoveEntriesAsync(made);
        }
    }

    [Fact]
    public async Task Matches_far_apart_in_age_are_all_found_and_a_capped_count_still_ranks_the_oldest_titled_record_first()
    {
        // Entries with ids far apart, as years of records leave them: PostgreSQL looks in the newest blocks of 4,096 ids
        // first and widens the window until it has enough or has looked everywhere (ADR 0040). A is a hundred blocks
        // older than the rest (past the widest window), B four blocks older than C and D, the newest.
        var word = "khốiid" + Guid.NewGuid().ToString("N")[..6];
        var common = "chungid" + Guid.NewGuid().ToString("N")[..6];
        var ids = await DemoIds.LoadAsync(_app);
        var first = await _app.WithDb((db, _) => db.SearchEntries.MaxAsync(e => e.Id)) + 1;
        var entries = new List<(long Id, SearchEntry Entry)>();
        void Add(long id, string title, string text) => entries.Add((id, EntryOfNoRecord(ids, title, text, $"/tin-tuc/k{id}")));
        Add(first, $"Kế hoạch {common} năm trước", $"Văn bản cũ có {word}."); // A
        for (var i = 0; i < 600; i++)
        {
            Add(first + 100 * 4096 + i, $"zz{i}", $"{common} {i}"); // B
        }

        Add(first + 104 * 4096, "Tin mới", $"Văn bản mới có {word} và {common}."); // C
        for (var i = 1; i <= 500; i++)
        {
            Add(first + 104 * 4096 + i, $"yy{i}", $"{common} {i}"); // D
        }

        var made = await WriteEntriesAsync([.. entries.Select(e => e.Entry)], [.. entries.Select(e => e.Id)]);
        try
        {
            using var reader = _app.CreateClient();
            var found = await FindAsync(reader, word);
            Assert.Equal(2, found.Total);
            Assert.Equal(new[] { made[0].RecordId, made[601].RecordId }.Order(), found.Items.Select(i => i.Id).Order());

            var json = System.Text.Json.JsonDocument.Parse(await reader.GetStringAsync("/api/v1/search?q=" + common)).RootElement;
            Assert.Equal(SearchEngine.CountCap, json.GetProperty("total").GetInt32());
            Assert.True(json.GetProperty("totalCapped").GetBoolean());
            Assert.Equal(made[0].RecordId, json.GetProperty("items")[0].GetProperty("id").GetGuid()); // the oldest, titled with the word

            if (_app.Provider == DongThuan.Web.Infrastructure.Database.DatabaseProvider.Postgres)
            {
                // Each vector names its block of ids. The common word's newest matches are found in two looks: the
                // newest two blocks (C and D, 501), then, too few, a window wide enough for B (six blocks); its titled
                // ones in two more: the newest two blocks (none), then, too few to fill 32 blocks, everywhere (A).
                var newest = made[601].Id;
                Assert.True(await _app.WithDb((db, _) => db.Database.SqlQuery<bool>(
                    $"SELECT \"Vector\" @@ format('''~%s''', {newest} >> {PostgresSearchEngine.BlockBits})::tsquery AS \"Value\" FROM \"SearchEntries\" WHERE \"Id\" = {newest}").SingleAsync()));
                Assert.Equal((1 + 2) + (1 + 2) + 1, await StatementsAsync(common)); // the newest id and two looks, twice; the ranked page
                // The rare word (its count kept from the search above) is one statement over every entry (ADR 0046).
                Assert.Equal(1, await StatementsAsync(word));
            }
        }
        finally
        {
            await RemoveEntriesAsync(made);
        }
    }

    [Fact]
    public async Task Long_texts_written_together_in_more_than_one_batch_are_all_found_to_their_last_word()
    {
        // Six texts of the longest kind, 1,200,000 characters together: more than one statement's batch (a million).
        var word = "dàitext" + Guid.NewGuid().ToString("N")[..6];
        var ids = await DemoIds.LoadAsync(_app);
        var filler = string.Concat(Enumerable.Repeat("nội dung dài của một văn bản ", SearchEntry.TextLimit / 29));
        List<SearchEntry> entries = [.. Enumerable.Range(0, 6).Select(i =>
            EntryOfNoRecord(ids, $"Văn bản {i}", $"{word} {filler}"[..(SearchEntry.TextLimit - 20)] + $" cuối{i}", $"/tin-tuc/d{i}"))];
        Assert.True(entries.Sum(e => e.Text.Length) > 1_000_000);
        var made = await WriteEntriesAsync(entries);
        try
        {
            using var reader = _app.CreateClient();
            Assert.Equal(6, (await FindAsync(reader, word)).Total);
            for (var i = 0; i < 6; i++)
            {
                Assert.Single((await FindAsync(reader, $"{word} cuối{i}")).Items); // the end of each text is indexed
            }
        }
        finally
        {
            await RemoveEntriesAsync(made);
        }
    }

    [Fact]
    public async Task A_rebuild_restores_an_index_that_lost_its_entries()
    {
        var word = "dựnglại" + Guid.NewGuid().ToString("N")[..6];
        var id = (await PublishAsync(("a", $"Tin {word}", "Nội dung.")))["a"];
        using var client = _app.CreateClient();
        Assert.Single((await FindAsync(client, word)).Items);
        var before = await _app.WithDb((db, _) => db.SearchEntries.CountAsync());
        await _app.WithDb(async (db, sp) =>
        {
            var entry = await db.SearchEntries.SingleAsync(e => e.RecordId == id);
            await sp.GetRequiredService<SearchEngine>().RemoveAsync(db, [entry.Id], default);
            db.Remove(entry);
            await db.SaveChangesAsync();
            return 0;
        });
        Assert.Empty((await FindAsync(client, word)).Items);
        var indexed = await _app.WithDb((db, sp) => sp.GetRequiredService<RebuildIndex>().RunAsync(default));
        Assert.True(indexed >= before, $"{indexed} records indexed, {before} entries before");
        Assert.Equal(id, Assert.Single((await FindAsync(client, word)).Items).Id);
        Assert.Equal(before, await _app.WithDb((db, _) => db.SearchEntries.CountAsync()));
        if (_app.Provider == DongThuan.Web.Infrastructure.Database.DatabaseProvider.Postgres)
        {
            // A rebuild rewrote every entry, so both GIN indexes are built afresh (ADR 0046): each is a new relation
            // under the old name, and the search above was answered from them.
            var after = await IndexRelationsAsync();
            await _app.WithDb((db, sp) => sp.GetRequiredService<RebuildIndex>().RunAsync(default));
            var again = await IndexRelationsAsync();
            Assert.Equal(2, again.Count);
            Assert.Empty(again.Intersect(after));
            Assert.Equal(id, Assert.Single((await FindAsync(client, word)).Items).Id);
        }
    }

    private Task<List<long>> IndexRelationsAsync() => _app.WithDb((db, _) => db.Database.SqlQuery<long>(
        $"SELECT oid::bigint AS \"Value\" FROM pg_class WHERE relname IN ('IX_SearchEntries_Vector', 'IX_SearchEntries_TitleWords')").ToListAsync());

    [Fact]
    public async Task An_index_emptied_by_an_upgrade_is_built_again_at_the_next_start_titles_included()
    {
        var word = "nângcấp" + Guid.NewGuid().ToString("N")[..6];
        var id = (await PublishAsync(("a", $"Kế hoạch {word}", "Nội dung.")))["a"];
        var before = await _app.WithDb((db, _) => db.SearchEntries.CountAsync());
        await _app.WithDb(async (db, _) =>
        {
            // What a migration that changes the index's make-up does (the old chain's SearchTitles did this): it empties
            // the entries, whose words only the application can make, and on SQLite the full-text tables beside them.
            await db.SearchEntries.ExecuteDeleteAsync();
            if (_app.Provider == DongThuan.Web.Infrastructure.Database.DatabaseProvider.Sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("INSERT INTO \"SearchIndex\"(\"SearchIndex\") VALUES ('delete-all');");
                await db.Database.ExecuteSqlRawAsync("INSERT INTO \"SearchTitles\"(\"SearchTitles\") VALUES ('delete-all');");
            }

            return 0;
        });
        using var client = _app.CreateClient();
        Assert.Equal(0, await _app.WithDb((db, _) => db.SearchEntries.CountAsync()));
        Assert.Empty((await FindAsync(client, word)).Items);

        // What the host runs after start.
        var start = new IndexOnStart(_app.Services.GetRequiredService<IServiceScopeFactory>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<IndexOnStart>.Instance);
        await start.StartAsync(TestContext.Current.CancellationToken);
        await start.ExecuteTask!;

        Assert.Equal(before, await _app.WithDb((db, _) => db.SearchEntries.CountAsync()));
        Assert.Equal(id, Assert.Single((await FindAsync(client, word)).Items).Id);
        if (_app.Provider == DongThuan.Web.Infrastructure.Database.DatabaseProvider.Sqlite)
        {
            // The titles' own index, which finds an old record titled with common words, is full again.
            var titled = await _app.WithDb((db, _) => db.Database.SqlQuery<long>(
                $"SELECT count(*) AS \"Value\" FROM \"SearchTitles\" WHERE \"SearchTitles\" MATCH {VietnameseFold(word)}").SingleAsync());
            Assert.Equal(1, titled);
        }
    }

    /// <summary>The result for record <paramref name="id"/> among the first pages of a search for its title as a phrase, or null.</summary>
    private static async Task<Item?> FindHitAsync(HttpClient client, string query, Guid id, string? kind = null)
    {
        var extra = kind is null ? "" : $"&kind={kind}";
        for (var p = 1; p <= 5; p++)
        {
            var page = await FindAsync(client, "\"" + query.Replace("\"", "", StringComparison.Ordinal) + "\"", extra + $"&page={p}");
            if (page.Items.FirstOrDefault(i => i.Id == id) is { } hit)
            {
                return hit;
            }

            if (p * page.PageSize >= page.Total)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Holds a session in public or closed (họp kín), through the session's own rule, as the office's edit page does.</summary>
    private static async Task SetPublicAsync(DongThuan.Web.Infrastructure.Database.DongThuanDb db, Guid sessionId, bool isPublic)
    {
        var sessions = db.Set<DongThuan.Web.Modules.Sessions.Session>();
        var s = await sessions.SingleAsync(x => x.Id == sessionId);
        var term = await db.Set<DongThuan.Web.Modules.Organisation.Term>().SingleAsync(t => t.Id == s.TermId);
        var others = await sessions.Where(x => x.CouncilId == s.CouncilId && x.Id != s.Id).ToListAsync();
        Assert.True(s.Update(term, s.Number, s.Kind, s.StartsOn, s.EndsOn, s.Venue, isPublic, others).Succeeded);
        await db.SaveChangesAsync();
    }

    private static string VietnameseFold(string s) => DongThuan.Web.Infrastructure.Text.VietnameseText.Fold(s);

    private static byte[] Docx(string text)
    {
        using var buffer = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new Text(text)))));
        }

        return buffer.ToArray();
    }

    private static byte[] Pdf(string text)
    {
        Assert.True(SerifFonts.EnsureRegistered(), "a Vietnamese serif font (fonts-liberation2) is needed to write the PDF");
        using var pdf = new PdfDocument();
        var page = pdf.AddPage();
        using (var g = XGraphics.FromPdfPage(page))
        {
            g.DrawString(text, new XFont(SerifFonts.Family, 12, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode)), XBrushes.Black, new XPoint(40, 80));
        }

        using var buffer = new MemoryStream();
        pdf.Save(buffer);
        Assert.Contains(text.Split(' ')[^2], FileTexts.Pdf(new MemoryStream(buffer.ToArray())), StringComparison.Ordinal);
        return buffer.ToArray();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SearchTestsOnSqlite(SqliteApp app) : SearchTests(app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_rank_computed_in_the_app_is_FTS5s_own_bm25()
    {
        var word = "xếphạng" + Guid.NewGuid().ToString("N")[..6];
        var filler = string.Join(' ', Enumerable.Repeat("nội dung không liên quan", 60));
        // Titles and texts of different lengths; the words in the title, the text or both, once or several times;
        // a phrase of two words, and the same words apart (not the phrase).
        await PublishAsync(
            ("title", $"{word} cầu đường", "Ngắn."),
            ("text", "Tin khác", $"Văn bản có {word} và cầu đường, rồi {word} {word} lần nữa. {filler}"),
            ("both", $"Cầu đường {word}", $"Cầu đường {word} cầu đường."),
            ("apart", $"Đường {word}", $"Cầu {word} và đường {filler}"));
        var query = SearchQuery.Parse($"{word} \"cầu đường\"");
        var folded = string.Join(' ', query.Parts.Select(p => "\"" + string.Join(' ', p.Folded) + "\""));
        var rows = await app.WithDb(async (db, _) =>
        {
            var fts5 = await db.Database.SqlQuery<Fts5Row>(
                $"SELECT e.\"Title\", e.\"Text\", -bm25(\"SearchIndex\", 4.0, 1.0, 0.0) AS \"Score\" FROM \"SearchIndex\" JOIN \"SearchEntries\" e ON e.\"Id\" = \"SearchIndex\".rowid WHERE \"SearchIndex\" MATCH {folded}")
                .ToListAsync();
            var bm25 = await new Bm25Statistics().ForAsync(db, query, CancellationToken.None);
            return fts5.Select(r => (r.Title, r.Score, Ours: bm25.Score(new Bm25.Candidate { Title = r.Title, Head = r.Text, Length = r.Text.Length }))).ToList();
        });

        Assert.Equal(3, rows.Count); // "apart" does not hold the phrase
        foreach (var (title, fts5, ours) in rows)
        {
            Assert.True(Math.Abs(fts5 - ours) < 1e-9 * Math.Abs(fts5), $"{title}: FTS5 {fts5}, the app {ours}");
        }

        // The title counts four times the text, and a short record more than a long one: the one titled with both
        // parts outranks the long one that mentions them (each part's term is larger, whatever the parts' weights).
        Assert.True(rows.Single(r => r.Title.StartsWith(word, StringComparison.Ordinal)).Ours > rows.Single(r => r.Title == "Tin khác").Ours);
    }

    private sealed record Fts5Row(string Title, string Text, double Score);
}

public sealed class SearchTestsOnPostgres(PostgresApp app) : SearchTests(app), IClassFixture<PostgresApp>;
