using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Infrastructure.Notifications;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// Receives a petition from any channel: the public form and API, staff entry, a dialogue registration.
/// The petition, its petitioner, their consents and files are stored in one transaction before anyone is
/// told it was received; the same submission twice gives the first petition back.
/// </summary>
public sealed class PetitionIntake(PetitionDesk desk, FileStore files, IMailer mailer, ILogger<PetitionIntake> log)
{
    public sealed record Upload(string FileName, byte[] Bytes);

    public sealed record Submission(Guid? CouncilId, Petition.Draft Draft, string? Name, string? Email, string? Phone, string? Address, string? UserId,
        bool FromPublic, bool ConsentHandling, bool ConsentEmail, IReadOnlyList<Upload> Files, DateOnly? ReceivedOn = null);

    public sealed record Receipt(Petition Petition, bool AlreadyReceived);

    public async Task<(Outcome Outcome, Receipt? Receipt)> ReceiveAsync(Submission s, CancellationToken ct)
    {
        var db = desk.Db;
        var checkedInput = Check(s);
        if (!checkedInput.Succeeded)
        {
            return (checkedInput, null);
        }

        // What was sent is judged before where it goes: a bad file is refused the same way whatever the ward.
        var inspected = new List<(Upload File, string Type, string Sha)>();
        foreach (var f in s.Files)
        {
            var (outcome, type, sha) = FileInspector.Inspect(f.Bytes);
            if (!outcome.Succeeded)
            {
                return (outcome, null);
            }

            inspected.Add((f, type!, sha!));
        }

        Body? council;
        if (s.CouncilId is { } cid)
        {
            council = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == cid && b.Kind == BodyKind.Council && b.ArchivedAt == null, ct);
        }
        else
        {
            // Only the public sends without naming a council (staff always enter for their own): the ward decides, or the form asks.
            var (found, ward) = await DestinationAsync(db, s.Draft.Ward, desk.Today, ct);
            if (!found.Succeeded)
            {
                return (found, null);
            }

            council = ward.Council;
            s = s with { Draft = s.Draft with { Ward = ward.Ward } };
        }

        if (council is null)
        {
            return (PetitionRefusals.CouncilUnknown, null);
        }

        // The public writes to a council sitting today; the office may still enter what a council received before it ended,
        // and a dialogue the office set up takes registrations for its own council.
        if (s.FromPublic && s.CouncilId is not null && s.Draft.DialogueId is null && !council.IsInOperationOn(desk.Today))
        {
            return (PetitionRefusals.CouncilCeased, null);
        }

        var receivedOn = s.ReceivedOn ?? desk.Today;
        var key = KeyOf(council.Id, s, receivedOn);
        if (await ReceivedAsync(db, key, ct) is { } earlier)
        {
            return (Outcome.Done, new Receipt(earlier, true));
        }

        // The files reach the disk before the rows that name them, so a stored petition never points at nothing.
        foreach (var (file, _, sha) in inspected)
        {
            await files.SaveAsync(sha, file.Bytes, ct);
        }

        var (stored, receipt) = await StoreAsync(council, s, key, receivedOn, [.. inspected.Select(i => (i.File.FileName, i.File.Bytes.LongLength, i.Type, i.Sha))], ct);
        if (receipt is not { AlreadyReceived: false, Petition: var petition })
        {
            return (stored, receipt);
        }

        log.LogInformation("Petition {Code} received through {Channel}", petition.TrackingCode, petition.Channel);
        await desk.AnnounceReceivedAsync(petition, ct);
        if (Contact.NormaliseEmail(s.Email) is { } email)
        {
            await mailer.SendAsync(new MailMessage(email, $"Đã tiếp nhận kiến nghị {petition.TrackingCode}",
                $"{council.Name} đã tiếp nhận kiến nghị của bạn ngày {receivedOn:dd/MM/yyyy}.\n\nMã theo dõi: {petition.TrackingCode}\n"
                + $"Tra cứu tình trạng tại {desk.StatusUrl}?code={petition.TrackingCode} bằng mã này và email hoặc số điện thoại bạn đã dùng.\n\n"
                + $"Your petition was received. Tracking code: {petition.TrackingCode}."), ct);
        }

        return (Outcome.Done, new Receipt(petition, false));
    }

    /// <summary>
    /// Stores the petition unless its twin is already stored. A double click or a client's retry sends the same
    /// submission twice at once, and both pass the first look for the key. So the key is held and looked up again in the
    /// transaction that stores it: the second waits for the first and finds it. Leaving that to the unique index made
    /// every double click an error, with its stack trace, in the operator's log.
    /// </summary>
    private async Task<(Outcome Outcome, Receipt? Receipt)> StoreAsync(Body council, Submission s, string key, DateOnly receivedOn,
        IReadOnlyList<(string FileName, long Size, string Type, string Sha)> stored, CancellationToken ct)
    {
        var db = desk.Db;
        // The rows are built before the transaction: on SQLite it waits for the file's one writer turn, and every
        // writer behind it waits for what it does in it. Building them there was 0.4–0.5 ms of every intake's turn
        // (ADR 0058).
        // A petition its own rules refuse is refused before anything is added to the context.
        var (received, petition) = Stage(council, s, key, receivedOn, stored);
        if (!received.Succeeded)
        {
            return (received, null);
        }

        // A caller that stores more in the same transaction (the demo seeder, an import) has begun it; its commit is the one.
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.HoldAsync("petition " + key, ct);
        if (await ReceivedAsync(db, key, ct) is { } twin)
        {
            // Nothing was written; ending the transaction now passes SQLite's writer turn on at once. The rows staged
            // above are let go: every row waiting to be inserted, which the save below would have stored with them.
            // Rows the context read or stored before stay tracked.
            foreach (var staged in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
            {
                staged.State = EntityState.Detached;
            }

            await RollbackAsync(own, ct);
            return (Outcome.Done, new Receipt(twin, true));
        }

        await db.SaveChangesAsync(ct);
        if (own is not null)
        {
            await own.CommitAsync(ct);
        }

        return (Outcome.Done, new Receipt(petition, false));
    }

    private static async Task RollbackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? own, CancellationToken ct)
    {
        if (own is not null)
        {
            await own.RollbackAsync(ct);
        }
    }

    private static Task<Petition?> ReceivedAsync(DongThuanDb db, string key, CancellationToken ct) => ByKey.For(db)(db, key, ct);

    // Compiled (ADR 0045): every petition received looks for its twin twice, the second time inside the writer's turn
    // (ADR 0058), where every writer behind it waits for the look.
    private static readonly CompiledPerEngine<Func<DongThuanDb, string, CancellationToken, Task<Petition?>>> ByKey =
        new(() => EF.CompileAsyncQuery((DongThuanDb db, string key, CancellationToken ct) => db.Set<Petition>().AsNoTracking().SingleOrDefault(p => p.DedupKey == key)));

    /// <summary>What makes two submissions the same one: the council, the channel and source, the words and the person, on one day.</summary>
    public static string KeyOf(Guid councilId, Submission s, DateOnly receivedOn) =>
        TrackingCodes.DedupKey(councilId.ToString(), s.Draft.Channel.ToString(), s.Draft.VoterMeetingId?.ToString(), s.Draft.DialogueId?.ToString(), s.Draft.Source,
            s.Draft.Title, s.Draft.Content, s.Name, Contact.NormaliseEmail(s.Email), Contact.NormalisePhone(s.Phone), receivedOn.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Adds a checked submission to the unit of work: the petition, its petitioner and consents apart, its files,
    /// and the first timeline event. The caller saves (one petition, or a whole import in one transaction).
    /// </summary>
    public (Outcome Outcome, Petition Petition) Stage(Body council, Submission s, string key, DateOnly receivedOn,
        IReadOnlyList<(string FileName, long Size, string Type, string Sha)> stored, string? note = null)
    {
        var db = desk.Db;
        var petition = Petition.Receive(council.UnitId, council.Id, TrackingCodes.New(), key, s.Draft, desk.Now, receivedOn, out var received);
        if (!received.Succeeded)
        {
            return (received, petition);
        }

        db.Petitions.Add(petition);
        if (new[] { s.Name, s.Email, s.Phone, s.Address }.Any(x => !string.IsNullOrWhiteSpace(x)) || s.UserId is not null)
        {
            var identity = PetitionerIdentity.For(petition, s.Name, s.Email, s.Phone, s.Address, s.UserId);
            petition.ProtectAuthor(identity.Identifying);
            db.PetitionerIdentities.Add(identity);
            var basis = s.FromPublic ? "Người gửi đánh dấu đồng ý trên biểu mẫu" : "Cán bộ tiếp nhận ghi nhận theo nhiệm vụ luật định (tiếp xúc cử tri, tiếp công dân)";
            db.Consents.Add(ConsentRecord.Of(identity, ConsentPurpose.Handling, s.ConsentHandling || !s.FromPublic, desk.Now, basis));
            db.Consents.Add(ConsentRecord.Of(identity, ConsentPurpose.PublishAnswer, petition.PublishConsent, desk.Now, basis));
            db.Consents.Add(ConsentRecord.Of(identity, ConsentPurpose.EmailUpdates, s.ConsentEmail && identity.Email is not null, desk.Now, basis));
        }

        foreach (var (name, size, type, sha) in stored)
        {
            db.PetitionAttachments.Add(PetitionAttachment.For(petition, name, type, size, sha));
        }

        desk.Record(petition, null, note ?? PetitionNames.Of(s.Draft.Channel), receivedOn);
        return (Outcome.Done, petition);
    }

    /// <summary>Which part of a submission a problem is about, so a form can show it beside its field.</summary>
    public enum Field
    {
        Petition,
        Title,
        Content,
        Name,
        Email,
        Phone,
        Consent,
        Files,
    }

    /// <summary>The checks on input that come before anything is stored: the first problem, or done.</summary>
    public static Outcome Check(Submission s) => Problems(s) is [var first, ..] ? first.Refusal : Outcome.Done;

    /// <summary>
    /// Every problem of a submission at once, each with the field it is about (a form shows each beside its field); in the
    /// order the API reports the first: the petition's own text, lengths, contact, consent, files.
    /// </summary>
    public static IReadOnlyList<(Field Field, Refusal Refusal)> Problems(Submission s)
    {
        var problems = new List<(Field, Refusal)>();
        var d = s.Draft;
        if (string.IsNullOrWhiteSpace(d.Title))
        {
            problems.Add((Field.Title, PetitionRefusals.TitleAndContentRequired));
        }

        if (string.IsNullOrWhiteSpace(d.Content))
        {
            problems.Add((Field.Content, PetitionRefusals.TitleAndContentRequired));
        }

        if (problems.Count == 0 && Petition.Validate(d) is { Succeeded: false } draft)
        {
            problems.Add((Field.Petition, draft.Refusal!));
        }

        if ((s.Name?.Length ?? 0) > PetitionerIdentity.NameMax || (s.Address?.Length ?? 0) > Petition.PlaceMax)
        {
            problems.Add((Field.Name, PetitionRefusals.TooLong));
        }

        if (!string.IsNullOrWhiteSpace(s.Email) && !Contact.IsValidEmail(s.Email))
        {
            problems.Add((Field.Email, PetitionRefusals.ContactInvalid));
        }

        if (!string.IsNullOrWhiteSpace(s.Phone) && !Contact.IsValidPhone(s.Phone))
        {
            problems.Add((Field.Phone, PetitionRefusals.ContactInvalid));
        }

        if (s.FromPublic)
        {
            if (string.IsNullOrWhiteSpace(s.Name))
            {
                problems.Add((Field.Name, PetitionRefusals.ContactRequired));
            }

            if (string.IsNullOrWhiteSpace(s.Email) && string.IsNullOrWhiteSpace(s.Phone))
            {
                problems.Add((Field.Email, PetitionRefusals.ContactRequired));
            }

            if (!s.ConsentHandling)
            {
                problems.Add((Field.Consent, PetitionRefusals.ConsentRequired));
            }
        }

        if (s.Files.Count > PetitionAttachment.MaxCount)
        {
            problems.Add((Field.Files, PetitionRefusals.TooManyFiles));
        }

        return problems;
    }

    public sealed record Destination(Body? Council, string? Ward);

    /// <summary>
    /// Where a public submission that names no council goes, decided on <paramref name="today"/>: the ward it names, if that
    /// ward stands today, or the wards that took it over if it has since been merged (the petition then names the ward of
    /// today); from the ward, its own council or the nearest council above it that sits today. Where the ward decides
    /// nothing and more than one council sits here, the sender must choose one: a petition never lands on a council that
    /// has ended, or on one picked by chance, where it would count in the wrong council's figures.
    /// </summary>
    public static async Task<(Outcome Outcome, Destination Destination)> DestinationAsync(DongThuanDb db, string? ward, DateOnly today, CancellationToken ct)
    {
        var sitting = (await Councils(db).ToListAsync(ct)).Where(c => c.IsInOperationOn(today)).ToList();
        var name = ward?.Trim();
        if (!string.IsNullOrEmpty(name) && sitting.Count > 0)
        {
            var named = await db.Units.AsNoTracking()
                .Where(u => u.Level == UnitLevel.Commune && u.ArchivedAt == null && (u.PlaceName == name || u.Name == name)).ToListAsync(ct);
            var wards = named.Where(u => u.IsValidOn(today)).ToList();
            if (wards.Count == 0 && named.Count > 0)
            {
                wards = await SuccessorsOnAsync(db, named, today, ct);
            }

            var councils = new List<Body>();
            foreach (var unit in wards)
            {
                if (await NearestSittingAsync(db, unit, sitting, ct) is { } c && !councils.Contains(c))
                {
                    councils.Add(c);
                }
            }

            if (councils.Count == 1)
            {
                var current = wards.Count == 1 ? wards[0].PlaceName : name;
                return (Outcome.Done, new Destination(councils[0], current));
            }

            if (councils.Count > 1)
            {
                return (PetitionRefusals.CouncilChoose, new Destination(null, name));
            }
        }

        return sitting.Count switch
        {
            0 => (PetitionRefusals.CouncilUnknown, new Destination(null, name)),
            1 => (Outcome.Done, new Destination(sitting[0], name)),
            _ => (PetitionRefusals.CouncilChoose, new Destination(null, name)),
        };
    }

    /// <summary>The units standing on the day that took over the given ended ones, following a chain of reforms.</summary>
    private static async Task<List<Unit>> SuccessorsOnAsync(DongThuanDb db, List<Unit> ended, DateOnly day, CancellationToken ct)
    {
        var found = new List<Unit>();
        var seen = ended.Select(u => u.Id).ToHashSet();
        var frontier = seen.ToList();
        // A unit is rarely reorganised more than twice in a lifetime; the bound only guards against a cycle entered by hand.
        for (var round = 0; round < 5 && frontier.Count > 0; round++)
        {
            var ids = await db.UnitSuccessions.AsNoTracking().Where(s => frontier.Contains(s.PredecessorId)).Select(s => s.SuccessorId).ToListAsync(ct);
            var next = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id) && u.ArchivedAt == null).ToListAsync(ct);
            frontier = [];
            foreach (var unit in next.Where(u => seen.Add(u.Id)))
            {
                if (unit.IsValidOn(day))
                {
                    found.Add(unit);
                }
                else
                {
                    frontier.Add(unit.Id);
                }
            }
        }

        return found;
    }

    /// <summary>The unit's own sitting council, or that of the nearest unit above it.</summary>
    private static async Task<Body?> NearestSittingAsync(DongThuanDb db, Unit unit, List<Body> sitting, CancellationToken ct)
    {
        Unit? at = unit;
        for (var depth = 0; at is not null && depth < 5; depth++)
        {
            var here = at.Id;
            if (sitting.FirstOrDefault(c => c.UnitId == here) is { } council)
            {
                return council;
            }

            at = at.ParentId is { } parent ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == parent, ct) : null;
        }

        return null;
    }

    /// <summary>The wards standing on the day that the public may name for these councils: their own unit's, or one right under it.</summary>
    public static async Task<IReadOnlyList<Unit>> WardsAsync(DongThuanDb db, IReadOnlyCollection<Body> councils, DateOnly day, CancellationToken ct)
    {
        var unitIds = councils.Select(c => c.UnitId).ToList();
        var wards = await db.Units.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Commune && u.ArchivedAt == null && (unitIds.Contains(u.Id) || (u.ParentId != null && unitIds.Contains(u.ParentId.Value))))
            .ToListAsync(ct);
        return [.. wards.Where(u => u.IsValidOn(day)).OrderBy(u => u.PlaceName, Infrastructure.Text.VietnameseOrder.Text)];
    }

    public static IQueryable<Body> Councils(DongThuanDb db) => db.Councils.AsNoTracking();
}
