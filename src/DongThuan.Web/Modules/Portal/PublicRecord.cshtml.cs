using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Questions;
using DongThuan.Web.Modules.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal;

/// <summary>
/// The public record's front page: where each part of it is (sessions, questions, petitions' answers,
/// supervision, the joint programme, explanation sessions) and the calendar of what comes next: public
/// sessions, voter meetings, explanation sessions and dialogues. Each module decides what of it is public.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class PublicRecordModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public sealed record Event(DateOnly On, DateOnly? Until, string Kind, string Title, string? Place, string? Url);

    public IReadOnlyList<Event> Upcoming { get; private set; } = [];

    public IReadOnlyList<Event> Recent { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(time);
        var events = new List<Event>();
        foreach (var upcoming in new[] { true, false })
        {
            events.Clear();
            var today = Today;
            var sessions = PublicSessions.Of(db).AsNoTracking();
            sessions = upcoming ? sessions.Where(s => s.EndsOn >= today).OrderBy(s => s.StartsOn) : sessions.Where(s => s.EndsOn < today).OrderByDescending(s => s.StartsOn);
            var councils = db.Set<Organisation.Body>();
            events.AddRange((await sessions.Take(upcoming ? 10 : 3).Select(s => new { s.Id, s.Number, s.StartsOn, s.EndsOn, s.Venue, Council = councils.Where(b => b.Id == s.CouncilId).Select(b => b.Name).FirstOrDefault() }).ToListAsync(ct))
                .Select(s => new Event(s.StartsOn, s.EndsOn, "Kỳ họp", $"Kỳ họp thứ {s.Number} — {s.Council}", s.Venue, $"/cong-khai/ky-hop/{s.Id}")));

            var meetings = db.VoterMeetings.AsNoTracking();
            meetings = upcoming ? meetings.Where(m => m.HeldOn >= today).OrderBy(m => m.HeldOn) : meetings.Where(m => m.HeldOn < today).OrderByDescending(m => m.HeldOn);
            events.AddRange((await meetings.Take(upcoming ? 10 : 3).Select(m => new { m.HeldOn, m.Place, Group = councils.Where(b => b.Id == m.DelegateGroupId).Select(b => b.Name).FirstOrDefault() }).ToListAsync(ct))
                .Select(m => new Event(m.HeldOn, null, "Tiếp xúc cử tri", m.Group ?? "", m.Place, null)));

            var explanations = db.ExplanationSessions.AsNoTracking().Where(e => e.IsPublic);
            explanations = upcoming ? explanations.Where(e => e.HeldOn >= today).OrderBy(e => e.HeldOn) : explanations.Where(e => e.HeldOn < today).OrderByDescending(e => e.HeldOn);
            events.AddRange((await explanations.Take(upcoming ? 10 : 3).ToListAsync(ct)).Select(e => new Event(e.HeldOn, null, "Phiên giải trình", e.Topic, null, $"/cong-khai/giai-trinh#gt-{e.Id}")));

            var dialogues = db.Dialogues.AsNoTracking().Where(d => d.Published);
            dialogues = upcoming ? dialogues.Where(d => d.HeldOn >= today).OrderBy(d => d.HeldOn) : dialogues.Where(d => d.HeldOn < today).OrderByDescending(d => d.HeldOn);
            events.AddRange((await dialogues.Take(upcoming ? 10 : 3).ToListAsync(ct)).Select(d => new Event(d.HeldOn, null, "Hội nghị đối thoại", d.Topic, d.Place, $"/Petitions/Dialogues/Public/{d.Id}")));

            if (upcoming)
            {
                Upcoming = [.. events.OrderBy(e => e.On).Take(20)];
            }
            else
            {
                Recent = [.. events.OrderByDescending(e => e.On)];
            }
        }
    }
}
