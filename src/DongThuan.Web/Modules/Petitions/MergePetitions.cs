using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The council office merges petitions that raise the same matter into one consolidated petition (the page and the API),
/// under a title and a content of its own; the sources stay, marked merged, each with its voters counted once in the
/// consolidated one. Only petitions of the office's own units, still received, can be merged. Undone by <see cref="ExecuteUndoAsync"/>.
/// </summary>
public static class MergePetitions
{
    public sealed record Request(IReadOnlyList<Guid>? Ids, string? Title, string? Content);

    public static async Task<(Outcome Outcome, Petition? Consolidated)> ExecuteAsync(PetitionDesk desk, ClaimsPrincipal user, Request input, CancellationToken ct)
    {
        var ids = input.Ids ?? [];
        var sources = await desk.Db.Petitions.Where(p => ids.Contains(p.Id)).OrderBy(p => p.ReceivedOn).ToListAsync(ct);
        if (sources.Count != ids.Distinct().Count() || sources.Any(p => !PetitionAccess.IsOffice(user, p)))
        {
            return (PetitionRefusals.MergeOnlyReceived, null);
        }

        var consolidated = Petition.Consolidate(sources, TrackingCodes.New(), input.Title ?? "", input.Content ?? "", desk.Now, desk.Today, out var outcome);
        if (!outcome.Succeeded)
        {
            desk.Db.ChangeTracker.Clear();
            return (outcome, null);
        }

        desk.Db.Petitions.Add(consolidated);
        desk.Record(consolidated, null, $"Tổng hợp từ {sources.Count} kiến nghị: {string.Join(", ", sources.Select(s => s.TrackingCode))}");
        foreach (var s in sources)
        {
            desk.Record(s, PetitionState.Received, $"Gộp vào {consolidated.TrackingCode}");
        }

        await desk.Db.SaveChangesAsync(ct);
        return (Outcome.Done, consolidated);
    }

    /// <summary>Undoes a merge: the consolidated petition is dissolved and its sources are received again, each on its own timeline.</summary>
    public static async Task<Outcome> ExecuteUndoAsync(PetitionDesk desk, Petition consolidated, CancellationToken ct)
    {
        var sources = await desk.Db.Petitions.Where(p => p.ConsolidatedIntoId == consolidated.Id).ToListAsync(ct);
        var outcome = await desk.ApplyAsync(consolidated, p => p.Dissolve(sources), "Hủy gộp", ct);
        if (outcome.Succeeded)
        {
            foreach (var s in sources)
            {
                desk.Record(s, PetitionState.Merged, $"Hủy gộp khỏi {consolidated.TrackingCode}");
            }

            await desk.Db.SaveChangesAsync(ct);
        }

        return outcome;
    }
}
