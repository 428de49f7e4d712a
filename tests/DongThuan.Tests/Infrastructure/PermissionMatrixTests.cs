using System.Net;
using System.Text;
using DongThuan.Tests.Harness;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// Walks every endpoint the application maps, with every role and anonymously, and checks each answer
/// against the rule written here. An endpoint that is not in the table fails the test: a new page or
/// API needs a rule before it can land.
/// </summary>
public abstract class PermissionMatrixTests
{
    private readonly AppFactory _app;

    protected PermissionMatrixTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    public enum Rule
    {
        Public,
        SignedIn,
        Staff,
        Administer,
        Delegate,
        Office,
        Answerer,
        Executive,
        Editor,
        DelegateOrOffice,
    }

    private static readonly string?[] Callers = [null, "admin", "thuongtruc", "uyvien", "daibieu", "ubnd", "mttq", "congdan", "bientap"];

    private static bool Allows(Rule rule, string? user) => rule switch
    {
        Rule.Public => true,
        Rule.SignedIn => user is not null,
        Rule.Staff => user is not null and not "congdan" and not "bientap",
        Rule.Editor => user is "admin" or "thuongtruc" or "bientap",
        Rule.Administer => user is "admin",
        Rule.Delegate => user is "daibieu",
        Rule.Office => user is "admin" or "thuongtruc",
        Rule.Answerer => user is "admin" or "thuongtruc" or "ubnd",
        Rule.Executive => user is "admin" or "ubnd",
        Rule.DelegateOrOffice => user is "admin" or "thuongtruc" or "daibieu",
        _ => false,
    };

    internal sealed record Expectation(Rule Rule, Func<DemoIds, string> Url, string[] Methods);

    private static Expectation Page(Rule rule, Func<DemoIds, string> url) => new(rule, url, ["GET", "POST"]);

    /// <summary>The rule of every endpoint: pages by their path, API endpoints by method and route.</summary>
    internal static readonly Dictionary<string, Expectation> Table = new()
    {
        ["/Index"] = Page(Rule.Public, _ => "/"),
        ["/Error"] = Page(Rule.Public, _ => "/Error?status=404"),
        ["/Accounts/SignIn"] = Page(Rule.Public, _ => "/Accounts/SignIn"),
        ["/Accounts/AccessDenied"] = Page(Rule.Public, _ => "/Accounts/AccessDenied"),
        ["/Accounts/Language"] = Page(Rule.Public, _ => "/Accounts/Language"),
        ["/Accounts/SignOut"] = Page(Rule.SignedIn, _ => "/Accounts/SignOut"),
        ["/Accounts/Password"] = Page(Rule.SignedIn, _ => "/Accounts/Password"),
        ["/Accounts/Users/Index"] = Page(Rule.Office, _ => "/Accounts/Users"),
        ["/Accounts/Users/Create"] = Page(Rule.Office, _ => "/Accounts/Users/Create"),
        // An office sees only the accounts it manages: the administrator's page is a 404 to it, not a 403.
        ["/Accounts/Users/Details"] = Page(Rule.Office, ids => $"/Accounts/Users/Details/{ids.AdminUserId}"),
        ["/Accounts/ForgotPassword"] = Page(Rule.Public, _ => "/Accounts/ForgotPassword"),
        ["/Accounts/SetPassword"] = Page(Rule.Public, _ => "/Accounts/SetPassword?id=x&token=y"),
        ["/Accounts/Register"] = Page(Rule.Public, _ => "/Accounts/Register"),
        ["/Accounts/ConfirmEmail"] = Page(Rule.Public, _ => "/Accounts/ConfirmEmail?id=x&token=y"),
        ["/Admin/Audit"] = Page(Rule.Administer, _ => "/Admin/Audit"),
        ["/Organisation/Units/Index"] = Page(Rule.Staff, _ => "/Organisation/Units"),
        ["/Organisation/Units/Details"] = Page(Rule.Staff, ids => $"/Organisation/Units/Details/{ids.District}"),
        ["/Organisation/Units/Edit"] = Page(Rule.Administer, ids => $"/Organisation/Units/Edit/{ids.District}"),
        ["/Organisation/Bodies/Index"] = Page(Rule.Staff, _ => "/Organisation/Bodies"),
        ["/Organisation/Bodies/Details"] = Page(Rule.Staff, ids => $"/Organisation/Bodies/Details/{ids.Council}"),
        ["/Organisation/Bodies/Edit"] = Page(Rule.Office, ids => $"/Organisation/Bodies/Edit/{ids.PeoplesCommittee}"),
        ["/Organisation/Terms/Edit"] = Page(Rule.Office, ids => $"/Organisation/Terms/Edit?councilId={ids.Council}"),
        ["/Organisation/People/Index"] = Page(Rule.Staff, _ => "/Organisation/People"),
        ["/Organisation/People/Details"] = Page(Rule.Staff, ids => $"/Organisation/People/Details/{ids.Delegate}"),
        ["/Organisation/People/Edit"] = Page(Rule.Office, ids => $"/Organisation/People/Edit/{ids.Delegate}"),
        ["/Organisation/Positions/Assign"] = Page(Rule.Office, ids => $"/Organisation/Positions/Assign?personId={ids.Delegate}"),
        ["/Calendar/Holidays"] = Page(Rule.Staff, _ => "/Calendar/Holidays?year=2026"),
        ["/Calendar/DeadlineRules/Index"] = Page(Rule.Staff, _ => "/Calendar/DeadlineRules"),
        ["/Calendar/DeadlineRules/Edit"] = Page(Rule.Administer, _ => "/Calendar/DeadlineRules/Edit"),
        ["GET /api/v1/calendar/lunar"] = new(Rule.Public, _ => "/api/v1/calendar/lunar?date=2007-02-17", ["GET"]),
        ["GET /api/v1/calendar/solar"] = new(Rule.Public, _ => "/api/v1/calendar/solar?year=2026&month=3&day=10", ["GET"]),
        ["GET /api/v1/calendar/holidays"] = new(Rule.Public, _ => "/api/v1/calendar/holidays?year=2026", ["GET"]),
        ["GET /api/v1/calendar/due"] = new(Rule.Public, _ => "/api/v1/calendar/due?from=2022-12-20&amount=20&unit=calendar-days", ["GET"]),
        // Question pages and actions are walked with an unknown id where the resource rules would hide the
        // role gate (404 for all who pass it); QuestionTests cover who may act on which question.
        ["/Questions/Index"] = Page(Rule.Staff, _ => "/Questions"),
        ["/Questions/Details"] = Page(Rule.Staff, ids => $"/Questions/Details/{ids.DaibieuQuestion}"),
        ["/Questions/Write"] = Page(Rule.Delegate, _ => "/Questions/Write"),
        ["/Questions/Receive"] = Page(Rule.Office, _ => "/Questions/Receive"),
        ["/Questions/Forward"] = Page(Rule.Office, _ => $"/Questions/Forward/{Guid.Empty}"),
        ["/Questions/Return"] = Page(Rule.Office, _ => $"/Questions/Return/{Guid.Empty}"),
        ["/Questions/Answer"] = Page(Rule.Answerer, _ => $"/Questions/Answer/{Guid.Empty}"),
        ["/Questions/Evaluate"] = Page(Rule.DelegateOrOffice, _ => $"/Questions/Evaluate/{Guid.Empty}"),
        ["GET /api/v1/questions/"] = new(Rule.Staff, _ => "/api/v1/questions", ["GET"]),
        ["GET /api/v1/questions/{id:guid}"] = new(Rule.Staff, ids => $"/api/v1/questions/{Guid.Empty}", ["GET"]),
        ["POST /api/v1/questions/"] = new(Rule.DelegateOrOffice, _ => "/api/v1/questions", ["POST"]),
        ["POST /api/v1/questions/{id:guid}/submit"] = new(Rule.Staff, _ => $"/api/v1/questions/{Guid.Empty}/submit", ["POST"]),
        ["POST /api/v1/questions/{id:guid}/forward"] = new(Rule.Staff, _ => $"/api/v1/questions/{Guid.Empty}/forward", ["POST"]),
        ["POST /api/v1/questions/{id:guid}/return"] = new(Rule.Staff, _ => $"/api/v1/questions/{Guid.Empty}/return", ["POST"]),
        ["POST /api/v1/questions/{id:guid}/answer"] = new(Rule.Staff, _ => $"/api/v1/questions/{Guid.Empty}/answer", ["POST"]),
        ["PUT /api/v1/questions/{id:guid}/answers/{round:int}/letter"] = new(Rule.Staff, _ => $"/api/v1/questions/{Guid.Empty}/answers/1/letter", ["PUT"]),
        ["POST /api/v1/questions/{id:guid}/evaluate"] = new(Rule.Staff, _ => $"/api/v1/questions/{Guid.Empty}/evaluate", ["POST"]),
        ["POST /api/v1/questions/{id:guid}/close"] = new(Rule.Staff, _ => $"/api/v1/questions/{Guid.Empty}/close", ["POST"]),
        ["POST /api/v1/questions/{id:guid}/extension"] = new(Rule.Staff, _ => $"/api/v1/questions/{Guid.Empty}/extension", ["POST"]),
        ["/Sessions/Index"] = Page(Rule.Staff, _ => "/Sessions"),
        ["/Sessions/Details"] = Page(Rule.Staff, ids => $"/Sessions/Details/{ids.Session2022}"),
        ["/Sessions/Plan"] = Page(Rule.Office, ids => $"/Sessions/Plan?councilId={ids.Council}"),
        ["/Sessions/RegisterDocument"] = Page(Rule.Office, ids => $"/Sessions/RegisterDocument?sessionId={ids.Session2022}"),
        ["/Sessions/Votes"] = Page(Rule.Office, _ => $"/Sessions/Votes/{Guid.Empty}"),
        ["/Sessions/Opinion"] = Page(Rule.Office, ids => $"/Sessions/Opinion?sessionId={ids.Session2022}"),
        ["/Sessions/Respond"] = Page(Rule.Executive, _ => $"/Sessions/Respond/{Guid.Empty}"),
        ["/Sessions/AttendanceSheet"] = Page(Rule.Staff, ids => $"/Sessions/AttendanceSheet/{ids.Session2022}"),
        ["/Sessions/Download"] = Page(Rule.Staff, _ => $"/Sessions/Download/{Guid.Empty}"),
        ["GET /api/v1/sessions/"] = new(Rule.Staff, _ => "/api/v1/sessions?year=2022", ["GET"]),
        ["GET /api/v1/sessions/{id:guid}"] = new(Rule.Staff, ids => $"/api/v1/sessions/{ids.Session2022}", ["GET"]),
        ["POST /api/v1/sessions/"] = new(Rule.Office, _ => "/api/v1/sessions", ["POST"]),
        ["POST /api/v1/sessions/{id:guid}/agenda"] = new(Rule.Office, ids => $"/api/v1/sessions/{ids.Session2022}/agenda", ["POST"]),
        ["POST /api/v1/sessions/{id:guid}/documents"] = new(Rule.Office, ids => $"/api/v1/sessions/{ids.Session2022}/documents", ["POST"]),
        ["POST /api/v1/sessions/{id:guid}/opinions"] = new(Rule.Office, ids => $"/api/v1/sessions/{ids.Session2022}/opinions", ["POST"]),
        ["POST /api/v1/sessions/documents/{id:guid}/votes"] = new(Rule.Office, _ => $"/api/v1/sessions/documents/{Guid.Empty}/votes", ["POST"]),
        ["POST /api/v1/sessions/opinions/{id:guid}/response"] = new(Rule.Staff, _ => $"/api/v1/sessions/opinions/{Guid.Empty}/response", ["POST"]),
        ["/Questions/Explanations/Index"] = Page(Rule.Staff, _ => "/Questions/Explanations"),
        ["/Questions/Explanations/Plan"] = Page(Rule.Office, ids => $"/Questions/Explanations/Plan?councilId={ids.Council}"),
        ["/Questions/Explanations/Details"] = Page(Rule.Staff, _ => $"/Questions/Explanations/Details/{Guid.Empty}"),
        ["/Petitions/Submit"] = Page(Rule.Public, _ => "/Petitions/Submit"),
        ["/Petitions/Receipt"] = new(Rule.Public, _ => "/Petitions/Receipt", ["GET"]),
        ["/Petitions/Status"] = Page(Rule.Public, _ => "/Petitions/Status"),
        ["/Petitions/Mine"] = Page(Rule.SignedIn, _ => "/Petitions/Mine"),
        ["/Notifications/Follows"] = Page(Rule.SignedIn, _ => "/Notifications/Follows"),
        ["/Petitions/Answers"] = new(Rule.Public, _ => "/Petitions/Answers", ["GET"]),
        ["/Petitions/Dialogues/Public"] = new(Rule.Public, _ => $"/Petitions/Dialogues/Public/{Guid.Empty}", ["GET"]),
        ["/Petitions/Index"] = new(Rule.Staff, _ => "/Petitions", ["GET"]),
        ["/Petitions/Details"] = Page(Rule.Staff, _ => $"/Petitions/Details/{Guid.Empty}"),
        ["/Petitions/Download"] = new(Rule.Staff, _ => $"/Petitions/Download/{Guid.Empty}", ["GET"]),
        ["/Petitions/Enter"] = Page(Rule.Office, _ => "/Petitions/Enter"),
        ["/Petitions/Route"] = Page(Rule.Office, _ => $"/Petitions/Route/{Guid.Empty}"),
        ["/Petitions/Transfer"] = Page(Rule.Office, _ => $"/Petitions/Transfer/{Guid.Empty}"),
        ["/Petitions/Answer"] = Page(Rule.Answerer, _ => $"/Petitions/Answer/{Guid.Empty}"),
        ["/Petitions/Compile"] = Page(Rule.Office, _ => "/Petitions/Compile"),
        ["/Petitions/Import"] = Page(Rule.Office, _ => "/Petitions/Import"),
        ["/Petitions/ReportBack"] = new(Rule.Staff, _ => "/Petitions/ReportBack", ["GET"]),
        ["/Petitions/Settings"] = Page(Rule.Office, _ => "/Petitions/Settings"),
        ["/Petitions/PersonalData"] = Page(Rule.Administer, _ => "/Petitions/PersonalData"),
        ["/Petitions/Meetings/Index"] = new(Rule.Office, _ => "/Petitions/Meetings", ["GET"]),
        ["/Petitions/Meetings/Record"] = Page(Rule.Office, _ => "/Petitions/Meetings/Record"),
        ["/Petitions/Meetings/Details"] = new(Rule.Office, _ => $"/Petitions/Meetings/Details/{Guid.Empty}", ["GET"]),
        ["/Petitions/Dialogues/Index"] = new(Rule.Office, _ => "/Petitions/Dialogues", ["GET"]),
        ["/Petitions/Dialogues/Plan"] = Page(Rule.Office, _ => "/Petitions/Dialogues/Plan"),
        ["/Petitions/Dialogues/Details"] = Page(Rule.Office, _ => $"/Petitions/Dialogues/Details/{Guid.Empty}"),
        ["POST /api/v1/petitions/"] = new(Rule.Public, _ => "/api/v1/petitions", ["POST"]),
        ["POST /api/v1/petitions/status"] = new(Rule.Public, _ => "/api/v1/petitions/status", ["POST"]),
        ["GET /api/v1/petitions/"] = new(Rule.Staff, _ => "/api/v1/petitions", ["GET"]),
        ["GET /api/v1/petitions/mine"] = new(Rule.SignedIn, _ => "/api/v1/petitions/mine", ["GET"]),
        ["POST /api/v1/petitions/mine"] = new(Rule.SignedIn, _ => "/api/v1/petitions/mine", ["POST"]),
        ["POST /api/v1/petitions/{id:guid}/identity"] = new(Rule.Office, _ => $"/api/v1/petitions/{Guid.Empty}/identity", ["POST"]),
        ["GET /api/v1/personal-data/"] = new(Rule.Administer, _ => "/api/v1/personal-data", ["GET"]),
        ["POST /api/v1/personal-data/export"] = new(Rule.Administer, _ => "/api/v1/personal-data/export", ["POST"]),
        ["POST /api/v1/personal-data/erase"] = new(Rule.Administer, _ => "/api/v1/personal-data/erase", ["POST"]),
        ["POST /api/v1/petitions/entered"] = new(Rule.Office, _ => "/api/v1/petitions/entered", ["POST"]),
        ["GET /api/v1/petitions/{id:guid}"] = new(Rule.Staff, _ => $"/api/v1/petitions/{Guid.Empty}", ["GET"]),
        ["POST /api/v1/petitions/{id:guid}/route"] = new(Rule.Staff, _ => $"/api/v1/petitions/{Guid.Empty}/route", ["POST"]),
        ["POST /api/v1/petitions/{id:guid}/transfer"] = new(Rule.Staff, _ => $"/api/v1/petitions/{Guid.Empty}/transfer", ["POST"]),
        ["POST /api/v1/petitions/{id:guid}/answer"] = new(Rule.Staff, _ => $"/api/v1/petitions/{Guid.Empty}/answer", ["POST"]),
        ["POST /api/v1/petitions/{id:guid}/review"] = new(Rule.Staff, _ => $"/api/v1/petitions/{Guid.Empty}/review", ["POST"]),
        ["POST /api/v1/petitions/{id:guid}/rate"] = new(Rule.Staff, _ => $"/api/v1/petitions/{Guid.Empty}/rate", ["POST"]),
        ["POST /api/v1/petitions/{id:guid}/reopen"] = new(Rule.Staff, _ => $"/api/v1/petitions/{Guid.Empty}/reopen", ["POST"]),
        ["POST /api/v1/petitions/{id:guid}/propose-supervision"] = new(Rule.Staff, _ => $"/api/v1/petitions/{Guid.Empty}/propose-supervision", ["POST"]),
        ["/Supervision/Index"] = new(Rule.Staff, _ => "/Supervision", ["GET"]),
        ["/Supervision/Programme"] = Page(Rule.Office, ids => $"/Supervision/Programme?councilId={ids.Council}"),
        ["/Supervision/Plan"] = Page(Rule.Office, ids => $"/Supervision/Plan?councilId={ids.Council}"),
        ["/Supervision/Candidates"] = Page(Rule.Office, ids => $"/Supervision/Candidates?councilId={ids.Council}"),
        ["/Supervision/Details"] = Page(Rule.Staff, _ => $"/Supervision/Details/{Guid.Empty}"),
        ["/Supervision/Recommendation"] = Page(Rule.Staff, _ => $"/Supervision/Recommendation/{Guid.Empty}"),
        ["/Supervision/Evidence"] = new(Rule.Staff, _ => $"/Supervision/Evidence/{Guid.Empty}", ["GET"]),
        ["/Supervision/Public/Index"] = new(Rule.Public, _ => "/Supervision/Public", ["GET"]),
        ["/Supervision/Public/Details"] = new(Rule.Public, _ => $"/Supervision/Public/{Guid.Empty}", ["GET"]),
        ["GET /api/v1/follows/"] = new(Rule.SignedIn, _ => "/api/v1/follows", ["GET"]),
        ["POST /api/v1/follows/"] = new(Rule.SignedIn, _ => "/api/v1/follows", ["POST"]),
        ["DELETE /api/v1/follows/{kind}/{id:guid}"] = new(Rule.SignedIn, _ => $"/api/v1/follows/Article/{Guid.Empty}", ["DELETE"]),
        ["GET /api/v1/sessions/{id:guid}/attendance"] = new(Rule.Staff, ids => $"/api/v1/sessions/{ids.Session2022}/attendance", ["GET"]),
        ["PUT /api/v1/sessions/{id:guid}/attendance"] = new(Rule.Office, _ => $"/api/v1/sessions/{Guid.Empty}/attendance", ["PUT"]),
        ["POST /api/v1/sessions/documents/{id:guid}/files"] = new(Rule.Office, _ => $"/api/v1/sessions/documents/{Guid.Empty}/files", ["POST"]),
        ["GET /api/v1/calendar/rules"] = new(Rule.Staff, _ => "/api/v1/calendar/rules", ["GET"]),
        ["POST /api/v1/calendar/rules"] = new(Rule.Administer, _ => "/api/v1/calendar/rules", ["POST"]),
        ["PUT /api/v1/calendar/rules/{id:guid}"] = new(Rule.Administer, _ => $"/api/v1/calendar/rules/{Guid.Empty}", ["PUT"]),
        ["POST /api/v1/calendar/days"] = new(Rule.Administer, _ => "/api/v1/calendar/days", ["POST"]),
        ["DELETE /api/v1/calendar/days/{date}"] = new(Rule.Administer, _ => "/api/v1/calendar/days/2090-01-05", ["DELETE"]),
        ["GET /api/v1/portal/articles/"] = new(Rule.Editor, _ => "/api/v1/portal/articles", ["GET"]),
        ["POST /api/v1/portal/articles/"] = new(Rule.Editor, _ => "/api/v1/portal/articles", ["POST"]),
        ["PUT /api/v1/portal/articles/{id:guid}"] = new(Rule.Editor, _ => $"/api/v1/portal/articles/{Guid.Empty}", ["PUT"]),
        ["POST /api/v1/portal/articles/{id:guid}/publish"] = new(Rule.Editor, _ => $"/api/v1/portal/articles/{Guid.Empty}/publish", ["POST"]),
        ["POST /api/v1/portal/articles/{id:guid}/unpublish"] = new(Rule.Editor, _ => $"/api/v1/portal/articles/{Guid.Empty}/unpublish", ["POST"]),
        ["GET /api/v1/petitions/meetings"] = new(Rule.Office, _ => "/api/v1/petitions/meetings", ["GET"]),
        ["POST /api/v1/petitions/meetings"] = new(Rule.Office, _ => "/api/v1/petitions/meetings", ["POST"]),
        ["GET /api/v1/petitions/dialogues"] = new(Rule.Office, _ => "/api/v1/petitions/dialogues", ["GET"]),
        ["POST /api/v1/petitions/dialogues"] = new(Rule.Office, _ => "/api/v1/petitions/dialogues", ["POST"]),
        ["POST /api/v1/petitions/dialogues/{id:guid}/answers"] = new(Rule.Office, _ => $"/api/v1/petitions/dialogues/{Guid.Empty}/answers", ["POST"]),
        ["POST /api/v1/petitions/dialogues/{id:guid}/promises"] = new(Rule.Office, _ => $"/api/v1/petitions/dialogues/{Guid.Empty}/promises", ["POST"]),
        ["POST /api/v1/petitions/dialogues/{id:guid}/close"] = new(Rule.Office, _ => $"/api/v1/petitions/dialogues/{Guid.Empty}/close", ["POST"]),
        ["POST /api/v1/petitions/dialogues/{id:guid}/publish"] = new(Rule.Office, _ => $"/api/v1/petitions/dialogues/{Guid.Empty}/publish", ["POST"]),
        ["GET /api/v1/coordination/movements"] = new(Rule.Staff, _ => "/api/v1/coordination/movements", ["GET"]),
        ["POST /api/v1/coordination/movements"] = new(Rule.Office, _ => "/api/v1/coordination/movements", ["POST"]),
        ["POST /api/v1/coordination/movements/{id:guid}/registrations"] = new(Rule.Staff, _ => $"/api/v1/coordination/movements/{Guid.Empty}/registrations", ["POST"]),
        ["POST /api/v1/coordination/movements/{id:guid}/commendations"] = new(Rule.Office, _ => $"/api/v1/coordination/movements/{Guid.Empty}/commendations", ["POST"]),
        ["GET /api/v1/portal/comments/"] = new(Rule.Editor, _ => "/api/v1/portal/comments", ["GET"]),
        ["POST /api/v1/portal/comments/{id:guid}/publish"] = new(Rule.Editor, _ => $"/api/v1/portal/comments/{Guid.Empty}/publish", ["POST"]),
        ["POST /api/v1/portal/comments/{id:guid}/reject"] = new(Rule.Editor, _ => $"/api/v1/portal/comments/{Guid.Empty}/reject", ["POST"]),
        ["GET /api/v1/news/{slug}/comments/"] = new(Rule.Public, _ => "/api/v1/news/khong-co/comments", ["GET"]),
        ["POST /api/v1/news/{slug}/comments/"] = new(Rule.SignedIn, _ => "/api/v1/news/khong-co/comments", ["POST"]),
        ["PUT /api/v1/news/{slug}/comments/{commentId:guid}"] = new(Rule.SignedIn, _ => $"/api/v1/news/khong-co/comments/{Guid.Empty}", ["PUT"]),
        ["DELETE /api/v1/news/{slug}/comments/{commentId:guid}"] = new(Rule.SignedIn, _ => $"/api/v1/news/khong-co/comments/{Guid.Empty}", ["DELETE"]),
        ["POST /api/v1/news/{slug}/comments/{commentId:guid}/reports"] = new(Rule.SignedIn, _ => $"/api/v1/news/khong-co/comments/{Guid.Empty}/reports", ["POST"]),
        ["POST /api/v1/petitions/{id:guid}/dismiss"] = new(Rule.Staff, _ => $"/api/v1/petitions/{Guid.Empty}/dismiss", ["POST"]),
        ["POST /api/v1/petitions/{id:guid}/reclassify"] = new(Rule.Staff, _ => $"/api/v1/petitions/{Guid.Empty}/reclassify", ["POST"]),
        ["POST /api/v1/petitions/{id:guid}/unmerge"] = new(Rule.Staff, _ => $"/api/v1/petitions/{Guid.Empty}/unmerge", ["POST"]),
        ["POST /api/v1/petitions/merged"] = new(Rule.Office, _ => "/api/v1/petitions/merged", ["POST"]),
        ["PUT /api/v1/organisation/people/{id:guid}"] = new(Rule.Office, _ => $"/api/v1/organisation/people/{Guid.Empty}", ["PUT"]),
        ["PUT /api/v1/organisation/bodies/{id:guid}"] = new(Rule.Office, _ => $"/api/v1/organisation/bodies/{Guid.Empty}", ["PUT"]),
        ["PUT /api/v1/organisation/terms/{id:guid}"] = new(Rule.Office, _ => $"/api/v1/organisation/terms/{Guid.Empty}", ["PUT"]),
        ["POST /api/v1/organisation/positions/{id:guid}/end"] = new(Rule.Office, _ => $"/api/v1/organisation/positions/{Guid.Empty}/end", ["POST"]),
        ["POST /api/v1/organisation/people/{id:guid}/archive"] = new(Rule.Office, _ => $"/api/v1/organisation/people/{Guid.Empty}/archive", ["POST"]),
        ["POST /api/v1/organisation/bodies/{id:guid}/archive"] = new(Rule.Office, _ => $"/api/v1/organisation/bodies/{Guid.Empty}/archive", ["POST"]),
        ["POST /api/v1/organisation/units/{id:guid}/successors"] = new(Rule.Administer, _ => $"/api/v1/organisation/units/{Guid.Empty}/successors", ["POST"]),
        ["GET /api/v1/supervision/candidates"] = new(Rule.Office, ids => $"/api/v1/supervision/candidates?councilId={ids.Council}", ["GET"]),
        ["POST /api/v1/supervision/missions/{id:guid}/sources"] = new(Rule.Office, _ => $"/api/v1/supervision/missions/{Guid.Empty}/sources", ["POST"]),
        ["GET /api/v1/petitions/fields"] = new(Rule.Staff, _ => "/api/v1/petitions/fields", ["GET"]),
        ["GET /api/v1/petitions/routing-rules"] = new(Rule.Office, _ => "/api/v1/petitions/routing-rules", ["GET"]),
        ["POST /api/v1/petitions/routing-rules"] = new(Rule.Office, _ => "/api/v1/petitions/routing-rules", ["POST"]),
        ["DELETE /api/v1/petitions/routing-rules/{id:guid}"] = new(Rule.Office, _ => $"/api/v1/petitions/routing-rules/{Guid.Empty}", ["DELETE"]),
        ["PUT /api/v1/reports/annual/{councilId:guid}/{year:int}/text"] = new(Rule.Office, ids => $"/api/v1/reports/annual/{Guid.Empty}/2024/text", ["PUT"]),
        ["POST /api/v1/petitions/fields"] = new(Rule.Administer, _ => "/api/v1/petitions/fields", ["POST"]),
        ["PUT /api/v1/petitions/fields/{id:guid}"] = new(Rule.Administer, _ => $"/api/v1/petitions/fields/{Guid.Empty}", ["PUT"]),
        ["DELETE /api/v1/petitions/fields/{id:guid}"] = new(Rule.Administer, _ => $"/api/v1/petitions/fields/{Guid.Empty}", ["DELETE"]),
        ["PUT /api/v1/organisation/units/{id:guid}"] = new(Rule.Administer, _ => $"/api/v1/organisation/units/{Guid.Empty}", ["PUT"]),
        ["POST /api/v1/portal/articles/{id:guid}/photos"] = new(Rule.Editor, _ => $"/api/v1/portal/articles/{Guid.Empty}/photos", ["POST"]),
        ["DELETE /api/v1/portal/articles/{id:guid}/photos/{photoId:guid}"] = new(Rule.Editor, _ => $"/api/v1/portal/articles/{Guid.Empty}/photos/{Guid.Empty}", ["DELETE"]),
        ["GET /api/v1/notifications/preference"] = new(Rule.SignedIn, _ => "/api/v1/notifications/preference", ["GET"]),
        ["PUT /api/v1/notifications/preference"] = new(Rule.SignedIn, _ => "/api/v1/notifications/preference", ["PUT"]),
        ["GET /api/v1/explanations/"] = new(Rule.Staff, _ => "/api/v1/explanations", ["GET"]),
        ["POST /api/v1/explanations/"] = new(Rule.Staff, _ => "/api/v1/explanations", ["POST"]),
        ["POST /api/v1/explanations/{id:guid}/conclusion"] = new(Rule.Staff, _ => $"/api/v1/explanations/{Guid.Empty}/conclusion", ["POST"]),
        ["POST /api/v1/explanations/{id:guid}/promises"] = new(Rule.Staff, _ => $"/api/v1/explanations/{Guid.Empty}/promises", ["POST"]),
        ["POST /api/v1/explanations/promises/{id:guid}/report"] = new(Rule.Staff, _ => $"/api/v1/explanations/promises/{Guid.Empty}/report", ["POST"]),
        ["GET /api/v1/supervision/missions"] = new(Rule.Staff, _ => "/api/v1/supervision/missions?year=2022", ["GET"]),
        ["POST /api/v1/supervision/programmes"] = new(Rule.Office, _ => "/api/v1/supervision/programmes", ["POST"]),
        ["POST /api/v1/supervision/missions"] = new(Rule.Office, _ => "/api/v1/supervision/missions", ["POST"]),
        ["POST /api/v1/supervision/missions/{id:guid}/steps"] = new(Rule.Office, _ => $"/api/v1/supervision/missions/{Guid.Empty}/steps", ["POST"]),
        ["POST /api/v1/supervision/missions/{id:guid}/recommendations"] = new(Rule.Office, _ => $"/api/v1/supervision/missions/{Guid.Empty}/recommendations", ["POST"]),
        ["POST /api/v1/supervision/missions/{id:guid}/checks"] = new(Rule.Office, _ => $"/api/v1/supervision/missions/{Guid.Empty}/checks", ["POST"]),
        ["POST /api/v1/supervision/recommendations/{id:guid}/progress"] = new(Rule.Staff, _ => $"/api/v1/supervision/recommendations/{Guid.Empty}/progress", ["POST"]),
        ["POST /api/v1/supervision/recommendations/{id:guid}/dispute"] = new(Rule.Office, _ => $"/api/v1/supervision/recommendations/{Guid.Empty}/dispute", ["POST"]),
        ["/Coordination/Index"] = new(Rule.Staff, _ => "/Coordination", ["GET"]),
        ["/Coordination/Sign"] = Page(Rule.Office, ids => $"/Coordination/Sign?unitId={ids.District}"),
        ["/Coordination/Details"] = Page(Rule.Staff, _ => $"/Coordination/Details/{Guid.Empty}"),
        ["/Coordination/Task"] = new(Rule.Staff, _ => $"/Coordination/Task/{Guid.Empty}", ["GET"]),
        ["/Coordination/Emulation/Index"] = new(Rule.Staff, _ => "/Coordination/Emulation", ["GET"]),
        ["/Coordination/Emulation/Launch"] = Page(Rule.Office, ids => $"/Coordination/Emulation/Launch?unitId={ids.District}"),
        ["/Coordination/Emulation/Details"] = Page(Rule.Staff, _ => $"/Coordination/Emulation/Details/{Guid.Empty}"),
        ["GET /api/v1/coordination/programmes"] = new(Rule.Staff, _ => "/api/v1/coordination/programmes?year=2023", ["GET"]),
        ["/Imports/Index"] = Page(Rule.Office, _ => "/Imports"),
        ["GET /api/v1/imports/{kind}/template"] = new(Rule.Office, _ => "/api/v1/imports/people/template", ["GET"]),
        ["POST /api/v1/imports/{kind}"] = new(Rule.Office, _ => $"/api/v1/imports/people?councilId={Guid.Empty}", ["POST"]),
        ["POST /api/v1/coordination/programmes"] = new(Rule.Office, _ => "/api/v1/coordination/programmes", ["POST"]),
        ["POST /api/v1/coordination/programmes/{id:guid}/tasks"] = new(Rule.Office, _ => $"/api/v1/coordination/programmes/{Guid.Empty}/tasks", ["POST"]),
        ["POST /api/v1/coordination/programmes/{id:guid}/quarterly-reports"] = new(Rule.Staff, _ => $"/api/v1/coordination/programmes/{Guid.Empty}/quarterly-reports", ["POST"]),
        ["POST /api/v1/coordination/tasks/{id:guid}/report"] = new(Rule.Staff, _ => $"/api/v1/coordination/tasks/{Guid.Empty}/report", ["POST"]),
        ["POST /api/v1/coordination/tasks/{id:guid}/evaluation"] = new(Rule.Office, _ => $"/api/v1/coordination/tasks/{Guid.Empty}/evaluation", ["POST"]),
        ["/Obligations/Index"] = new(Rule.Staff, _ => "/Obligations", ["GET"]),
        ["/Obligations/Mine"] = new(Rule.Staff, _ => "/Obligations/Mine", ["GET"]),
        ["/Obligations/Details"] = new(Rule.Staff, _ => $"/Obligations/Details/{Guid.Empty}", ["GET"]),
        ["/Notifications/Index"] = Page(Rule.SignedIn, _ => "/Notifications"),
        ["GET /api/v1/obligations"] = new(Rule.Staff, _ => "/api/v1/obligations", ["GET"]),
        ["POST /api/v1/obligations/{id:guid}/remind"] = new(Rule.Staff, _ => $"/api/v1/obligations/{Guid.Empty}/remind", ["POST"]),
        ["GET /api/v1/notifications/"] = new(Rule.SignedIn, _ => "/api/v1/notifications", ["GET"]),
        ["GET /api/v1/notifications/unread-count"] = new(Rule.SignedIn, _ => "/api/v1/notifications/unread-count", ["GET"]),
        ["POST /api/v1/notifications/{id:guid}/read"] = new(Rule.SignedIn, _ => $"/api/v1/notifications/{Guid.Empty}/read", ["POST"]),
        ["ANY /healthz"] = new(Rule.Public, _ => "/healthz", ["GET"]),
        ["GET /openapi/{documentName}.json"] = new(Rule.Public, _ => "/openapi/v1.json", ["GET"]),
        ["POST /api/v1/auth/token"] = new(Rule.Public, _ => "/api/v1/auth/token", ["POST"]),
        ["GET /api/v1/me"] = new(Rule.SignedIn, _ => "/api/v1/me", ["GET"]),
        ["POST /api/v1/auth/password-reset"] = new(Rule.Public, _ => "/api/v1/auth/password-reset", ["POST"]),
        ["POST /api/v1/auth/password"] = new(Rule.Public, _ => "/api/v1/auth/password", ["POST"]),
        ["POST /api/v1/auth/registration"] = new(Rule.Public, _ => "/api/v1/auth/registration", ["POST"]),
        ["POST /api/v1/me/password"] = new(Rule.SignedIn, _ => "/api/v1/me/password", ["POST"]),
        ["GET /api/v1/accounts/"] = new(Rule.Office, _ => "/api/v1/accounts", ["GET"]),
        ["POST /api/v1/accounts/"] = new(Rule.Office, _ => "/api/v1/accounts", ["POST"]),
        ["POST /api/v1/accounts/{id}/roles"] = new(Rule.Office, _ => "/api/v1/accounts/khong-co/roles", ["POST"]),
        ["DELETE /api/v1/accounts/{id}/roles/{assignmentId:guid}"] = new(Rule.Office, _ => $"/api/v1/accounts/khong-co/roles/{Guid.Empty}", ["DELETE"]),
        ["POST /api/v1/accounts/{id}/disable"] = new(Rule.Office, _ => "/api/v1/accounts/khong-co/disable", ["POST"]),
        ["POST /api/v1/accounts/{id}/enable"] = new(Rule.Office, _ => "/api/v1/accounts/khong-co/enable", ["POST"]),
        ["POST /api/v1/accounts/{id}/invitation"] = new(Rule.Office, _ => "/api/v1/accounts/khong-co/invitation", ["POST"]),
        ["/Portal/News"] = new(Rule.Public, _ => "/tin-tuc", ["GET"]),
        ["/Search/Index"] = new(Rule.Public, _ => "/tim-kiem?q=cau+giay", ["GET"]),
        ["GET /api/v1/search"] = new(Rule.Public, _ => "/api/v1/search?q=cau+giay", ["GET"]),
        ["/Portal/Read"] = new(Rule.Public, _ => "/tin-tuc/quan-cau-giay-tang-cuong-doi-thoai-tao-su-dong-thuan", ["GET"]),
        ["/Portal/Index"] = Page(Rule.Editor, _ => "/Portal"),
        ["/Portal/Edit"] = Page(Rule.Editor, _ => "/Portal/Edit"),
        ["/Portal/Comments/Index"] = Page(Rule.Editor, _ => "/Portal/Comments"),
        ["/Portal/Images/Index"] = Page(Rule.Editor, ids => $"/Portal/Images/{ids.SeedArticle}"),
        ["GET /tin-tuc/anh/{id:guid}/{size}"] = new(Rule.Public, _ => $"/tin-tuc/anh/{Guid.Empty}/small", ["GET"]),
        ["/Portal/PublicRecord"] = new(Rule.Public, _ => "/cong-khai", ["GET"]),
        ["/Sessions/Public/Index"] = new(Rule.Public, _ => "/cong-khai/ky-hop", ["GET"]),
        ["/Sessions/Public/Details"] = new(Rule.Public, ids => $"/cong-khai/ky-hop/{ids.Session2022}", ["GET"]),
        ["/Sessions/Public/Download"] = new(Rule.Public, _ => $"/cong-khai/van-ban/{Guid.Empty}", ["GET"]),
        ["/Questions/Public/Answered"] = new(Rule.Public, _ => "/cong-khai/chat-van", ["GET"]),
        ["/Questions/Public/Letter"] = new(Rule.Public, _ => $"/cong-khai/chat-van/{Guid.Empty}/van-ban/1", ["GET"]),
        ["/Questions/Public/Explanations"] = new(Rule.Public, _ => "/cong-khai/giai-trinh", ["GET"]),
        ["/Coordination/Public/Index"] = new(Rule.Public, _ => "/cong-khai/phoi-hop", ["GET"]),
        ["GET /tin-tuc/rss.xml"] = new(Rule.Public, _ => "/tin-tuc/rss.xml", ["GET"]),
        ["GET /tin-tuc/atom.xml"] = new(Rule.Public, _ => "/tin-tuc/atom.xml", ["GET"]),
        ["GET /sitemap.xml"] = new(Rule.Public, _ => "/sitemap.xml", ["GET"]),
        ["/Open311/Keys"] = Page(Rule.Administer, _ => "/Open311/Keys"),
        ["GET /api/v1/open311/keys/"] = new(Rule.Administer, _ => "/api/v1/open311/keys", ["GET"]),
        ["POST /api/v1/open311/keys/"] = new(Rule.Administer, _ => "/api/v1/open311/keys", ["POST"]),
        ["DELETE /api/v1/open311/keys/{id:guid}"] = new(Rule.Administer, _ => $"/api/v1/open311/keys/{Guid.Empty}", ["DELETE"]),
        ["GET /open311/v2/discovery.{format}"] = new(Rule.Public, _ => "/open311/v2/discovery.xml", ["GET"]),
        ["GET /open311/v2/services.{format}"] = new(Rule.Public, _ => "/open311/v2/services.json", ["GET"]),
        ["GET /open311/v2/services/{code}.{format}"] = new(Rule.Public, _ => $"/open311/v2/services/{Guid.Empty}.xml", ["GET"]),
        ["GET /open311/v2/requests.{format}"] = new(Rule.Public, _ => "/open311/v2/requests.json", ["GET"]),
        ["GET /open311/v2/requests/{id}.{format}"] = new(Rule.Public, _ => "/open311/v2/requests/KN-0000-0000.xml", ["GET"]),
        // No role gates a posted request: the client's api_key does, inside (a 403 for everyone without one, tested in
        // Open311Tests). Walked with a format the API does not speak, so every caller gets the same 404 and nothing is stored.
        ["POST /open311/v2/requests.{format}"] = new(Rule.Public, _ => "/open311/v2/requests.txt", ["POST"]),
        ["GET /popolo/"] = new(Rule.Public, _ => "/popolo/", ["GET"]),
        ["GET /popolo/{councilId:guid}.json"] = new(Rule.Public, ids => $"/popolo/{ids.Council}.json", ["GET"]),
        ["GET /popolo/{councilId:guid}/{collection}.json"] = new(Rule.Public, ids => $"/popolo/{ids.Council}/persons.json", ["GET"]),
        ["/OpenData/Index"] = Page(Rule.Public, _ => "/du-lieu-mo"),
        ["GET /du-lieu-mo/{councilId:guid}/{year:int}/{dataset}.{format}"] = new(Rule.Public, ids => $"/du-lieu-mo/{ids.Council}/2022/sessions.csv", ["GET"]),
        ["GET /du-lieu-mo/atom.xml"] = new(Rule.Public, _ => "/du-lieu-mo/atom.xml", ["GET"]),
        ["/Review/Index"] = new(Rule.Staff, _ => "/Review", ["GET"]),
        ["/Review/Annual"] = new(Rule.Staff, ids => $"/Review/Annual/{ids.Council}/2022", ["GET"]),
        ["/Review/Dashboard"] = new(Rule.Staff, ids => $"/Review/Dashboard/{ids.Council}?year=2022", ["GET"]),
        ["/Statistics/Records"] = new(Rule.Staff, ids => $"/Statistics/Records?councilId={ids.Council}&year=2022&code=questions.asked", ["GET"]),
        ["GET /api/v1/councils"] = new(Rule.Staff, _ => "/api/v1/councils", ["GET"]),
        ["GET /api/v1/reports/annual"] = new(Rule.Staff, ids => $"/api/v1/reports/annual?councilId={ids.Council}&year=2022", ["GET"]),
        ["GET /api/v1/organisation/units"] = new(Rule.Staff, _ => "/api/v1/organisation/units", ["GET"]),
        ["POST /api/v1/organisation/units"] = new(Rule.Administer, _ => "/api/v1/organisation/units", ["POST"]),
        ["POST /api/v1/organisation/bodies"] = new(Rule.Office, _ => "/api/v1/organisation/bodies", ["POST"]),
        ["POST /api/v1/organisation/terms"] = new(Rule.Office, _ => "/api/v1/organisation/terms", ["POST"]),
        ["POST /api/v1/organisation/people"] = new(Rule.Office, _ => "/api/v1/organisation/people", ["POST"]),
        ["POST /api/v1/organisation/positions"] = new(Rule.Office, _ => "/api/v1/organisation/positions", ["POST"]),
        ["GET /api/v1/organisation/bodies"] = new(Rule.Staff, ids => $"/api/v1/organisation/bodies?unitId={ids.District}", ["GET"]),
    };

    private static string? KeyOf(RouteEndpoint e)
    {
        if (e.Metadata.GetMetadata<StaticAssetDescriptor>() is not null || e.DisplayName == "Fallback {**path:file}")
        {
            return null; // the framework's static files: public by design
        }

        if (e.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page)
        {
            return page.ViewEnginePath;
        }

        var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
        return $"{string.Join(",", methods)} /{e.RoutePattern.RawText?.TrimStart('/')}";
    }

    [Fact]
    public void Every_mapped_endpoint_has_a_rule_and_every_rule_an_endpoint()
    {
        var mapped = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(KeyOf).OfType<string>().ToHashSet();
        var missing = mapped.Except(Table.Keys).Order().ToList();
        Assert.True(missing.Count == 0, "Endpoints without a rule in the permission table: " + string.Join(", ", missing));
        var stale = Table.Keys.Except(mapped).Order().ToList();
        Assert.True(stale.Count == 0, "Rules for endpoints that no longer exist: " + string.Join(", ", stale));
    }

    /// <summary>
    /// Every endpoint, every role, one request each. Authorization is decided before the database engine matters, so the
    /// walk runs on SQLite only (the scoping queries behind it are tested on both engines by each module's own tests).
    /// </summary>
    protected async Task WalkEveryEndpointAsEveryRoleAsync()
    {
        var ids = await DemoIds.LoadAsync(_app);
        // Each caller walks the table on a client of its own, all at once: the answers do not depend on one another.
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await Task.WhenAll(Callers.Select(async caller =>
        {
            using var browser = caller is null ? Browser.Open(_app) : await Browser.SignedInAs(_app, caller);
            foreach (var (key, expectation) in Table)
            {
                var url = expectation.Url(ids);
                foreach (var method in expectation.Methods)
                {
                    // Posts carry no antiforgery token: an allowed caller gets 400 from the token check,
                    // which runs after authorization, and nothing is changed either way.
                    using var request = new HttpRequestMessage(new HttpMethod(method), url);
                    if (method == "POST")
                    {
                        request.Content = url.StartsWith("/api/", StringComparison.Ordinal)
                            ? new StringContent("{}", Encoding.UTF8, "application/json")
                            : new FormUrlEncodedContent([]);
                    }

                    using var response = await browser.Client.SendAsync(request);
                    var refused = Responses.IsRefusal(response) && !(key == "/Accounts/AccessDenied" && response.StatusCode == HttpStatusCode.Forbidden);
                    var allowed = Allows(expectation.Rule, caller);
                    if (refused == allowed)
                    {
                        failures.Enqueue($"{caller ?? "anonymous"} {method} {url}: {(int)response.StatusCode}, expected {(allowed ? "allowed" : "refused")} ({expectation.Rule})");
                    }

                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Enqueue($"{caller ?? "anonymous"} {method} {url}: server error {(int)response.StatusCode}");
                    }
                }
            }
        }));

        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Order(StringComparer.Ordinal)));
    }
}

public sealed class PermissionMatrixTestsOnSqlite(SqliteApp app) : PermissionMatrixTests(app), IClassFixture<SqliteApp>
{
    [Fact]
    public Task Every_endpoint_answers_every_role_as_its_rule_says() => WalkEveryEndpointAsEveryRoleAsync();
}

public sealed class PermissionMatrixTestsOnPostgres(PostgresApp app) : PermissionMatrixTests(app), IClassFixture<PostgresApp>;
