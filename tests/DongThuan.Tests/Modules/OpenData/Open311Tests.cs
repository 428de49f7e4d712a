using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Modules.Open311;
using DongThuan.Web.Modules.Petitions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.OpenData;

// Open311 GeoReport v2 as the specification writes it (wiki.open311.org/GeoReport_v2 and its Service Discovery): each
// endpoint in XML and JSON, the errors in the specification's shape, keys issued and revoked by the administrator, and a
// request posted by a client becoming a petition that the public list then shows without a person or a denunciation.
public abstract partial class OpenStandardsTests
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")]
    private static partial Regex W3cTime();

    private static readonly string[] RequestFields =
    [
        "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible", "service_notice",
        "requested_datetime", "updated_datetime", "expected_datetime", "address",
    ];

    private static async Task<XElement> XmlAsync(HttpResponseMessage response, HttpStatusCode status, string root)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.StartsWith("text/xml", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.Ordinal);
        var doc = XDocument.Parse(text);
        Assert.Equal(root, doc.Root!.Name.LocalName);
        Assert.Equal(XNamespace.None, doc.Root.Name.Namespace);
        return doc.Root;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The specification's error: an array of one {code, description}, the code the HTTP status.</summary>
    private static async Task ErrorAsync(HttpResponseMessage response, HttpStatusCode status, string format, string? mentions = null)
    {
        if (format == "xml")
        {
            var root = await XmlAsync(response, status, "errors");
            var error = Assert.Single(root.Elements("error"));
            Assert.Equal(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Element("code")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(error.Element("description")!.Value));
            if (mentions is not null)
            {
                Assert.Contains(mentions, error.Element("description")!.Value, StringComparison.Ordinal);
            }

            return;
        }

        var json = await JsonAsync(response, status);
        var only = Assert.Single(json.EnumerateArray().ToList());
        Assert.Equal((int)status, only.GetProperty("code").GetInt32());
        if (mentions is not null)
        {
            Assert.Contains(mentions, only.GetProperty("description").GetString()!, StringComparison.Ordinal);
        }
    }

    private async Task<string> IssueKeyAsync(string client = "Ứng dụng thử")
    {
        using var admin = await PetitionKit.ApiAsync(_app, "admin");
        var issued = await admin.PostAsJsonAsync("/api/v1/open311/keys", new { client });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        using var json = JsonDocument.Parse(await issued.Content.ReadAsStringAsync());
        Assert.Equal(client, json.RootElement.GetProperty("client").GetString());
        return json.RootElement.GetProperty("apiKey").GetString()!;
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) => new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    [Fact]
    public async Task Discovery_and_services_follow_the_specification_in_xml_and_json()
    {
        using var client = _app.CreateClient();
        var discovery = await XmlAsync(await client.GetAsync("/open311/v2/discovery.xml"), HttpStatusCode.OK, "discovery");
        Assert.Matches(W3cTime(), discovery.Element("changeset")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(discovery.Element("contact")!.Value));
        Assert.Contains("/Open311/Keys", discovery.Element("key_service")!.Value, StringComparison.Ordinal);
        var endpoint = Assert.Single(discovery.Element("endpoints")!.Elements("endpoint"));
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.Element("specification")!.Value);
        Assert.EndsWith("/open311/v2", endpoint.Element("url")!.Value, StringComparison.Ordinal);
        Assert.Equal(["text/xml", "application/json"], endpoint.Element("formats")!.Elements("format").Select(f => f.Value));
        var discoveryJson = await JsonAsync(await client.GetAsync("/open311/v2/discovery.json"), HttpStatusCode.OK);
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", discoveryJson.GetProperty("endpoints")[0].GetProperty("specification").GetString());
        Assert.Equal(2, discoveryJson.GetProperty("endpoints")[0].GetProperty("formats").GetArrayLength());

        // One service per active field, the same in both formats; JSON is the bare array the Spark convention makes of <services>.
        var fields = await _app.WithDb((db, _) => db.Set<PetitionField>().AsNoTracking().Where(f => f.ArchivedAt == null).ToListAsync());
        var services = (await XmlAsync(await client.GetAsync("/open311/v2/services.xml"), HttpStatusCode.OK, "services")).Elements("service").ToList();
        Assert.Equal(fields.Select(f => f.Id.ToString("D")).Order(), services.Select(s => s.Element("service_code")!.Value).Order());
        Assert.All(services, s =>
        {
            Assert.Equal("true", s.Element("metadata")!.Value);
            Assert.Equal("realtime", s.Element("type")!.Value);
            Assert.Equal(["service_code", "service_name", "description", "metadata", "type", "keywords", "group"], s.Elements().Select(e => e.Name.LocalName));
        });
        var servicesJson = await JsonAsync(await client.GetAsync("/open311/v2/services.json"), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Array, servicesJson.ValueKind);
        Assert.Equal(services.Count, servicesJson.GetArrayLength());
        Assert.True(servicesJson[0].GetProperty("metadata").GetBoolean());

        // A definition: the ward (with this council's ward among its values), the kind and the consent to publish.
        var code = fields[0].Id.ToString("D");
        var definition = await XmlAsync(await client.GetAsync($"/open311/v2/services/{code}.xml"), HttpStatusCode.OK, "service_definition");
        Assert.Equal(code, definition.Element("service_code")!.Value);
        var attributes = definition.Element("attributes")!.Elements("attribute").ToList();
        Assert.Equal(["WARD", "KIND", "PUBLISH"], attributes.Select(a => a.Element("code")!.Value));
        Assert.All(attributes, a =>
        {
            Assert.Equal(["variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"], a.Elements().Select(e => e.Name.LocalName));
            Assert.Equal("singlevaluelist", a.Element("datatype")!.Value);
        });
        Assert.Contains(attributes[0].Element("values")!.Elements("value"), v => v.Element("key")!.Value == PetitionKit.Ward);
        Assert.Equal(["Feedback", "Complaint", "Denunciation"], attributes[1].Element("values")!.Elements("value").Select(v => v.Element("key")!.Value));
        var definitionJson = await JsonAsync(await client.GetAsync($"/open311/v2/services/{code}.json"), HttpStatusCode.OK);
        Assert.Equal(3, definitionJson.GetProperty("attributes").GetArrayLength());
        Assert.Equal(1, definitionJson.GetProperty("attributes")[0].GetProperty("order").GetInt32());

        // Refusals: an unknown service, an unknown jurisdiction, a format the API does not speak.
        await ErrorAsync(await client.GetAsync($"/open311/v2/services/{Guid.NewGuid():D}.xml"), HttpStatusCode.NotFound, "xml", "service_code");
        await ErrorAsync(await client.GetAsync($"/open311/v2/services/{code}.json?jurisdiction_id=nowhere"), HttpStatusCode.NotFound, "json", "jurisdiction_id");
        await ErrorAsync(await client.GetAsync($"/open311/v2/services.json?jurisdiction_id={Guid.NewGuid():D}"), HttpStatusCode.NotFound, "json", "jurisdiction_id");
        await ErrorAsync(await client.GetAsync("/open311/v2/services.html"), HttpStatusCode.NotFound, "xml");
    }

    [Fact]
    public async Task Only_the_administrator_issues_and_revokes_keys_and_a_revoked_key_posts_nothing()
    {
        using (var office = await PetitionKit.ApiAsync(_app, "thuongtruc"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync("/api/v1/open311/keys", new { client = "Không được" })).StatusCode);
        }

        using (var anonymous = _app.CreateClient())
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/open311/keys", new { client = "Không được" })).StatusCode);
        }

        using var admin = await PetitionKit.ApiAsync(_app, "admin");
        var nameless = await admin.PostAsJsonAsync("/api/v1/open311/keys", new { client = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nameless.StatusCode);
        Assert.Contains("Nhập tên chương trình", await nameless.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var client = PetitionKit.Unique("Ki-ốt phường");
        var key = await IssueKeyAsync(client);
        Assert.StartsWith("dt311_", key, StringComparison.Ordinal);
        var listed = await admin.GetStringAsync("/api/v1/open311/keys");
        Assert.Contains(client, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);
        Assert.Contains(key[^4..], listed, StringComparison.Ordinal);
        var stored = await _app.WithDb((db, _) => db.Set<Open311Client>().AsNoTracking().SingleAsync(c => c.Name == client));
        Assert.Equal(Open311Client.HashOf(key), stored.KeyHash);
        Assert.DoesNotContain(key, stored.KeyHash, StringComparison.Ordinal);

        var code = PetitionKit.FieldId(0).ToString("D");
        using var anon = _app.CreateClient();
        var before = await anon.PostAsync("/open311/v2/requests.json", Form(("api_key", key), ("service_code", code), ("address_string", "Ngõ 12"),
            ("description", PetitionKit.Unique("Cống thoát nước ngõ 12 bị tắc")), ("attribute[WARD]", PetitionKit.Ward), ("first_name", "Nam"), ("phone", "0987000111")));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/open311/keys/{stored.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.DeleteAsync($"/api/v1/open311/keys/{stored.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/open311/keys/{Guid.NewGuid()}")).StatusCode);
        await ErrorAsync(await anon.PostAsync("/open311/v2/requests.xml", Form(("api_key", key), ("service_code", code), ("address_string", "Ngõ 12"),
            ("description", PetitionKit.Unique("Cống thoát nước ngõ 14 bị tắc")), ("attribute[WARD]", PetitionKit.Ward), ("first_name", "Nam"), ("phone", "0987000111"))),
            HttpStatusCode.Forbidden, "xml", "api_key");

        // The page: a key needs a name; the key is shown once, on the answer to the form, and never again.
        using var page = await Browser.SignedInAs(_app, "admin");
        var unnamed = await page.SubmitAsync("/Open311/Keys", new() { ["Client"] = "" }, "/Open311/Keys?handler=Issue");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unnamed.StatusCode);
        Assert.Contains("Nhập tên chương trình", await unnamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("issued-key", await unnamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var pageClient = PetitionKit.Unique("Ứng dụng phản ánh");
        var issued = await page.SubmitAsync("/Open311/Keys", new() { ["Client"] = pageClient }, "/Open311/Keys?handler=Issue");
        var html = await issued.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var shown = Regex.Match(html, "<code id=\"issued-key\">(dt311_[^<]+)</code>").Groups[1].Value;
        Assert.StartsWith("dt311_", shown, StringComparison.Ordinal);
        Assert.True(issued.Headers.CacheControl?.NoStore, "a page carrying a key must not be stored by any cache");
        Assert.DoesNotContain(shown, await page.GetPageAsync("/Open311/Keys"), StringComparison.Ordinal);
        using var office2 = await Browser.SignedInAs(_app, "thuongtruc");
        Assert.True(Responses.IsRefusal(await office2.GetAsync("/Open311/Keys")), "the council office may not issue keys");
    }

    [Fact]
    public async Task A_posted_request_becomes_a_petition_and_the_public_list_shows_it_without_the_person()
    {
        var key = await IssueKeyAsync();
        var field = await _app.WithDb((db, _) => db.Set<PetitionField>().AsNoTracking().SingleAsync(f => f.Id == PetitionKit.FieldId(1)));
        var code = field.Id.ToString("D");
        using var client = _app.CreateClient();
        var words = PetitionKit.Unique("Vỉa hè trước số 12 Trần Thái Tông bị sụt, người đi bộ phải xuống lòng đường");
        var email = $"open311.{Guid.NewGuid():N}@example.com";
        (string, string)[] fields =
        [
            ("api_key", key), ("service_code", code), ("lat", "21.0362"), ("long", "105.7906"), ("address_string", "Trước số 12 Trần Thái Tông"),
            ("description", words), ("first_name", "Hoa"), ("last_name", "Lê Thị"), ("email", email), ("phone", "0912345678"),
            ("attribute[WARD]", PetitionKit.Ward), ("attribute[PUBLISH]", "true"),
        ];
        var posted = await JsonAsync(await client.PostAsync("/open311/v2/requests.json", Form(fields)), HttpStatusCode.OK);
        var receipt = Assert.Single(posted.EnumerateArray().ToList());
        var id = receipt.GetProperty("service_request_id").GetString()!;
        Assert.Matches("^KN-[A-Z0-9]{4}-[A-Z0-9]{4}$", id);
        Assert.Contains(id, receipt.GetProperty("service_notice").GetString()!, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, receipt.GetProperty("account_id").ValueKind);

        // Stored before it was acknowledged, through the same intake: the field chosen, the person apart, the place kept.
        var petition = await PetitionKit.ByCodeAsync(_app, id);
        Assert.Equal(field.Id, petition.FieldId);
        Assert.Equal(PetitionChannel.Online, petition.Channel);
        Assert.Equal(PetitionKind.Feedback, petition.Kind);
        Assert.True(petition.PublishConsent);
        Assert.Equal(PetitionKit.Ward, petition.Ward);
        Assert.Contains("21.0362, 105.7906", petition.Location, StringComparison.Ordinal);
        Assert.StartsWith(field.Name + ": ", petition.Title, StringComparison.Ordinal);
        var identity = await _app.WithDb((db, _) => db.Set<PetitionerIdentity>().AsNoTracking().SingleAsync(i => i.PetitionId == petition.Id));
        Assert.Equal(email, identity.Email);
        Assert.Equal("Hoa Lê Thị", identity.Name);
        Assert.DoesNotContain(email, petition.Content, StringComparison.Ordinal);
        Assert.Contains(id, await Mailbox.LatestToAsync(_app, email), StringComparison.Ordinal); // the receipt, as the form sends it
        // Whose turn it is: the ward's council office is told in the app that a petition waits to be routed.
        var officeId = await _app.WithDb((db, _) => db.Users.Where(u => u.UserName == PetitionKit.Office).Select(u => u.Id).SingleAsync());
        Assert.True(await _app.WithDb((db, _) => db.Set<DongThuan.Web.Modules.Notifications.Notification>()
            .AnyAsync(n => n.SubjectId == petition.Id && n.UserId == officeId && n.Kind == DongThuan.Web.Modules.Notifications.NotificationKinds.Turn)));

        // The same request again is the same petition (a client retrying after a timeout).
        var again = await JsonAsync(await client.PostAsync("/open311/v2/requests.json", Form(fields)), HttpStatusCode.OK);
        Assert.Equal(id, again[0].GetProperty("service_request_id").GetString());
        Assert.Equal(1, await _app.WithDb((db, _) => db.Set<Petition>().CountAsync(p => p.TrackingCode == id || p.Content == petition.Content)));

        // XML answers the same way.
        var xml = await XmlAsync(await client.PostAsync("/open311/v2/requests.xml", Form([.. fields.Where(f => f.Item1 != "description"), ("description", words + " (2)")])),
            HttpStatusCode.OK, "service_requests");
        Assert.Matches("^KN-", Assert.Single(xml.Elements("request")).Element("service_request_id")!.Value);

        // The public record of it: open, in its field and ward, dated in Vietnam's time, and no one's name, email or phone.
        foreach (var format in new[] { "xml", "json" })
        {
            var response = await client.GetAsync($"/open311/v2/requests/{id}.{format}");
            var body = await response.Content.ReadAsStringAsync();
            foreach (var personal in new[] { email, "0912345678", "Hoa", "Trần Thái Tông" })
            {
                Assert.DoesNotContain(personal, body, StringComparison.Ordinal);
            }

            Dictionary<string, string?> request;
            if (format == "xml")
            {
                var one = Assert.Single((await XmlAsync(response, HttpStatusCode.OK, "service_requests")).Elements("request"));
                Assert.Equal(RequestFields, one.Elements().Select(e => e.Name.LocalName));
                request = one.Elements().ToDictionary(e => e.Name.LocalName, e => e.IsEmpty ? null : e.Value);
            }
            else
            {
                var one = Assert.Single((await JsonAsync(response, HttpStatusCode.OK)).EnumerateArray().ToList());
                Assert.Equal(RequestFields, one.EnumerateObject().Select(p => p.Name));
                request = one.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString());
            }

            Assert.Equal(id, request["service_request_id"]);
            Assert.Equal("open", request["status"]);
            Assert.Equal(code, request["service_code"]);
            Assert.Equal(field.Name, request["service_name"]);
            Assert.Equal(PetitionKit.Ward, request["address"]);
            Assert.Null(request["description"]); // published only with an answer the public may read
            Assert.Null(request["status_notes"]);
            Assert.Matches(W3cTime(), request["requested_datetime"]!);
            Assert.Matches(W3cTime(), request["updated_datetime"]!);
        }

        // The richer states, only for a client that asks for them.
        var extended = await JsonAsync(await client.GetAsync($"/open311/v2/requests/{id}.json?extensions=true"), HttpStatusCode.OK);
        Assert.Equal("received", extended[0].GetProperty("extended_attributes").GetProperty("detailed_status").GetString());
        Assert.Equal("open", extended[0].GetProperty("status").GetString());

        // Filters: the ids override the rest; status and field narrow the list; the window is at most 90 days.
        var listed = await JsonAsync(await client.GetAsync($"/open311/v2/requests.json?service_request_id={id},KN-0000-0000&status=closed&service_code={Guid.NewGuid()}"),
            HttpStatusCode.OK);
        Assert.Equal(id, Assert.Single(listed.EnumerateArray().ToList()).GetProperty("service_request_id").GetString());
        var open = await JsonAsync(await client.GetAsync($"/open311/v2/requests.json?status=open&service_code={code}"), HttpStatusCode.OK);
        Assert.Contains(open.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == id);
        Assert.All(open.EnumerateArray(), r => Assert.Equal("open", r.GetProperty("status").GetString()));
        Assert.All(open.EnumerateArray(), r => Assert.Equal(code, r.GetProperty("service_code").GetString()));
        var closed = await JsonAsync(await client.GetAsync("/open311/v2/requests.json?status=closed"), HttpStatusCode.OK);
        Assert.DoesNotContain(closed.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == id);
        var old = await JsonAsync(await client.GetAsync("/open311/v2/requests.json?start_date=2001-01-01T00:00:00Z&end_date=2001-03-01T00:00:00Z"), HttpStatusCode.OK);
        Assert.Equal(0, old.GetArrayLength());
        var paged = await JsonAsync(await client.GetAsync("/open311/v2/requests.json?page=1&page_size=1"), HttpStatusCode.OK);
        Assert.Equal(1, paged.GetArrayLength());
        await ErrorAsync(await client.GetAsync("/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"), HttpStatusCode.BadRequest, "json", "90");
        await ErrorAsync(await client.GetAsync("/open311/v2/requests.xml?start_date=hôm qua"), HttpStatusCode.BadRequest, "xml", "start_date");
        await ErrorAsync(await client.GetAsync("/open311/v2/requests.xml?status=pending"), HttpStatusCode.BadRequest, "xml", "status");
        await ErrorAsync(await client.GetAsync("/open311/v2/requests.json?page_size=1001"), HttpStatusCode.BadRequest, "json", "page_size");
        await ErrorAsync(await client.GetAsync("/open311/v2/requests/KN-0000-0000.json"), HttpStatusCode.NotFound, "json");
    }

    [Fact]
    public async Task Bad_requests_get_the_specifications_errors_and_store_nothing()
    {
        var key = await IssueKeyAsync();
        var code = PetitionKit.FieldId(0).ToString("D");
        using var client = _app.CreateClient();
        var before = await _app.WithDb((db, _) => db.Set<Petition>().CountAsync());
        var words = PetitionKit.Unique("Đèn chiếu sáng ngõ 5 hỏng");
        (string, string)[] good = [("api_key", key), ("service_code", code), ("address_string", "Ngõ 5"), ("description", words), ("attribute[WARD]", PetitionKit.Ward),
            ("first_name", "Minh"), ("email", $"minh.{Guid.NewGuid():N}@example.com")];
        (string, string)[] Without(string name) => [.. good.Where(f => f.Item1 != name)];
        (string, string)[] With(string name, string value) => [.. Without(name), (name, value)];

        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form(Without("api_key"))), HttpStatusCode.Forbidden, "json", "api_key");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.xml", Form(With("api_key", "dt311_doan-bua"))), HttpStatusCode.Forbidden, "xml", "api_key");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form(Without("service_code"))), HttpStatusCode.BadRequest, "json", "service_code");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form(With("service_code", Guid.NewGuid().ToString()))), HttpStatusCode.NotFound, "json", "service_code");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form(With("jurisdiction_id", Guid.NewGuid().ToString()))), HttpStatusCode.NotFound, "json", "jurisdiction_id");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form(Without("address_string"))), HttpStatusCode.BadRequest, "json", "address_string");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form([.. Without("address_string"), ("lat", "21.03")])), HttpStatusCode.BadRequest, "json", "long");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form([.. Without("address_string"), ("lat", "121"), ("long", "105")])), HttpStatusCode.BadRequest, "json", "lat");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form(Without("description"))), HttpStatusCode.BadRequest, "json", "description");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form(With("description", "<script>alert(1)</script>"))), HttpStatusCode.BadRequest, "json", "HTML");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form(With("description", new string('a', 4001)))), HttpStatusCode.BadRequest, "json", "4000");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form([.. good, ("attribute[KIND]", "Gossip")])), HttpStatusCode.BadRequest, "json", "KIND");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form([.. good, ("attribute[KIND]", "2")])), HttpStatusCode.BadRequest, "json", "KIND");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form([.. good, ("attribute[PUBLISH]", "yes")])), HttpStatusCode.BadRequest, "json", "PUBLISH");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form([.. good, ("media_url", "javascript:alert(1)")])), HttpStatusCode.BadRequest, "json", "media_url");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form(With("email", "khong-phai-email"))), HttpStatusCode.BadRequest, "json", "Email");
        // The intake's own rule, as on the form: someone to send the answer to.
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", Form([.. Without("first_name").Where(f => f.Item1 != "email")])), HttpStatusCode.BadRequest, "json",
            "họ tên");
        await ErrorAsync(await client.PostAsync("/open311/v2/requests.json", new StringContent("{}", System.Text.Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "json", "x-www-form-urlencoded");
        Assert.Equal(before, await _app.WithDb((db, _) => db.Set<Petition>().CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/open311/v2/requests.json", Form(good))).StatusCode); // and the good one is taken
        Assert.Equal(before + 1, await _app.WithDb((db, _) => db.Set<Petition>().CountAsync()));

        // English for a client that asks for it.
        using var english = new HttpRequestMessage(HttpMethod.Post, "/open311/v2/requests.json") { Content = Form(Without("api_key")) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        await ErrorAsync(await client.SendAsync(english), HttpStatusCode.Forbidden, "json", "The api_key is missing");
    }

    [Fact]
    public async Task Denunciations_and_complaints_never_appear_and_councils_are_kept_apart()
    {
        var key = await IssueKeyAsync();
        var other = await OtherCouncil.CreateAsync(_app);
        var code = PetitionKit.FieldId(2).ToString("D");
        using var client = _app.CreateClient();
        async Task<string> PostAsync(params (string, string)[] extra)
        {
            var posted = await JsonAsync(await client.PostAsync("/open311/v2/requests.json",
                Form([("api_key", key), ("service_code", code), ("address_string", "Tổ 7"), ("description", PetitionKit.Unique("Cán bộ địa chính nhận tiền của dân")),
                    ("first_name", "Bình"), ("email", $"binh.{Guid.NewGuid():N}@example.com"), .. extra])),
                HttpStatusCode.OK);
            return posted[0].GetProperty("service_request_id").GetString()!;
        }

        var denunciation = await PostAsync(("attribute[KIND]", "Denunciation"), ("attribute[WARD]", PetitionKit.Ward));
        var complaint = await PostAsync(("attribute[KIND]", "Complaint"), ("attribute[WARD]", PetitionKit.Ward));
        Assert.Equal(PetitionKind.Denunciation, (await PetitionKit.ByCodeAsync(_app, denunciation)).Kind);
        foreach (var hidden in new[] { denunciation, complaint })
        {
            await ErrorAsync(await client.GetAsync($"/open311/v2/requests/{hidden}.xml"), HttpStatusCode.NotFound, "xml");
            Assert.DoesNotContain(hidden, await client.GetStringAsync($"/open311/v2/requests.json?service_request_id={hidden}"), StringComparison.Ordinal);
            Assert.DoesNotContain(hidden, await client.GetStringAsync("/open311/v2/requests.xml?page_size=1000"), StringComparison.Ordinal);
        }

        // A request for the other council by its jurisdiction_id lands there, and each council's list holds only its own.
        var there = await PostAsync(("jurisdiction_id", other.Council.ToString()));
        Assert.Equal(other.Council, (await PetitionKit.ByCodeAsync(_app, there)).CouncilId);
        var here = await PostAsync(("attribute[WARD]", PetitionKit.Ward), ("attribute[KIND]", "Feedback"));
        var hereCouncil = (await PetitionKit.ByCodeAsync(_app, here)).CouncilId;
        var theirs = await client.GetStringAsync($"/open311/v2/requests.json?jurisdiction_id={other.Council}");
        Assert.Contains(there, theirs, StringComparison.Ordinal);
        Assert.DoesNotContain(here, theirs, StringComparison.Ordinal);
        var ours = await client.GetStringAsync($"/open311/v2/requests.json?jurisdiction_id={hereCouncil}&extensions=true");
        Assert.Contains(here, ours, StringComparison.Ordinal);
        Assert.DoesNotContain(there, ours, StringComparison.Ordinal);
        Assert.Contains(hereCouncil.ToString(), ours, StringComparison.Ordinal);
        var definition = await client.GetStringAsync($"/open311/v2/services/{code}.json?jurisdiction_id={other.Council}");
        Assert.Contains("Nghĩa Đô", definition, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"key\":\"{PetitionKit.Ward}\"", definition, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_answer_shows_its_text_and_the_answer_redacted_and_the_request_closed()
    {
        var published = await _app.WithDb((db, _) => PublicAnswers.Of(db).AsNoTracking().OrderByDescending(p => p.AnsweredOn).ToListAsync());
        var answered = published.First(p => p.IsPublishable && p.State != PetitionState.NotResolved);
        using var client = _app.CreateClient();
        var one = (await JsonAsync(await client.GetAsync($"/open311/v2/requests/{answered.TrackingCode}.json?extensions=true"), HttpStatusCode.OK))[0];
        Assert.Equal("closed", one.GetProperty("status").GetString());
        Assert.Equal(answered.RoutedContent ?? answered.Content, one.GetProperty("description").GetString());
        Assert.False(string.IsNullOrWhiteSpace(one.GetProperty("status_notes").GetString()));
        Assert.Contains(one.GetProperty("extended_attributes").GetProperty("detailed_status").GetString(), new[] { "accepted", "closed" });
        if (answered.AgencyBodyId is { } agency)
        {
            var name = await _app.WithDb((db, _) => db.Set<DongThuan.Web.Modules.Organisation.Body>().Where(b => b.Id == agency).Select(b => b.Name).SingleAsync());
            Assert.Equal(name, one.GetProperty("agency_responsible").GetString());
        }
    }
}
