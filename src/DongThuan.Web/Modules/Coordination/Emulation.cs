using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// An emulation movement (phong trào thi đua) launched by the city or the district and run locally by one
/// body: its period, criteria and the units invited to take part; units register their commitments, and
/// the results end in commendations by decision.
/// </summary>
public sealed class EmulationMovement : Entity, IUnitOwned
{
    public Guid UnitId { get; private set; }

    public Guid OrganisedByBodyId { get; private set; }

    /// <summary>Who launched it ("UBND thành phố Hà Nội", "UBND quận Cầu Giấy").</summary>
    public string LaunchedBy { get; private set; } = "";

    public string Name { get; private set; } = "";

    public DateOnly LaunchedOn { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public string Criteria { get; private set; } = "";

    private EmulationMovement()
    {
    }

    public static EmulationMovement Launch(Guid unitId, Guid organisedByBodyId, string launchedBy, string name, DateOnly launchedOn, DateOnly from, DateOnly to, string criteria, out Outcome outcome)
    {
        outcome = string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(launchedBy) || string.IsNullOrWhiteSpace(criteria) ? CoordinationRefusals.MovementText
            : to < from ? CoordinationRefusals.MovementPeriod
            : Outcome.Done;
        return new EmulationMovement { UnitId = unitId, OrganisedByBodyId = organisedByBodyId, LaunchedBy = launchedBy.Trim(), Name = name.Trim(), LaunchedOn = launchedOn, From = from, To = to, Criteria = criteria.Trim() };
    }
}

/// <summary>A unit invited to take part, and its registration once it commits.</summary>
public sealed class MovementParticipant : Entity
{
    public Guid MovementId { get; private set; }

    public Guid BodyId { get; private set; }

    public DateOnly? RegisteredOn { get; private set; }

    public string? Commitment { get; private set; }

    private MovementParticipant()
    {
    }

    public static MovementParticipant Invite(EmulationMovement m, Guid bodyId) => new() { MovementId = m.Id, BodyId = bodyId };

    public Outcome Register(EmulationMovement m, string commitment, DateOnly on)
    {
        if (RegisteredOn is not null)
        {
            return CoordinationRefusals.AlreadyRegistered;
        }

        if (string.IsNullOrWhiteSpace(commitment))
        {
            return CoordinationRefusals.CommitmentText;
        }

        if (on > m.To)
        {
            return CoordinationRefusals.MovementOver;
        }

        RegisteredOn = on;
        Commitment = commitment.Trim();
        return Outcome.Done;
    }
}

public enum CommendationType
{
    /// <summary>Cờ thi đua.</summary>
    EmulationFlag = 1,

    /// <summary>Bằng khen.</summary>
    Certificate = 2,

    /// <summary>Giấy khen.</summary>
    Commendation = 3,

    /// <summary>Danh hiệu "Tập thể lao động xuất sắc", "Chiến sĩ thi đua"…</summary>
    Title = 4,
}

/// <summary>A commendation awarded in a movement, by a numbered decision.</summary>
public sealed class MovementCommendation : Entity
{
    public Guid MovementId { get; private set; }

    public CommendationType Type { get; private set; }

    /// <summary>The collective or person commended, as the decision names them.</summary>
    public string Recipient { get; private set; } = "";

    public Guid? RecipientBodyId { get; private set; }

    public string DecisionNumber { get; private set; } = "";

    public DateOnly DecisionOn { get; private set; }

    public string? Awarder { get; private set; }

    private MovementCommendation()
    {
    }

    public static MovementCommendation Award(EmulationMovement m, CommendationType type, string recipient, Guid? recipientBodyId, string decisionNumber, DateOnly decisionOn, string? awarder, out Outcome outcome)
    {
        outcome = !Enum.IsDefined(type) ? CoordinationRefusals.CommendationType
            : string.IsNullOrWhiteSpace(recipient) || string.IsNullOrWhiteSpace(decisionNumber) ? CoordinationRefusals.CommendationText
            : decisionOn < m.LaunchedOn ? CoordinationRefusals.CommendationDate
            : Outcome.Done;
        return new MovementCommendation
        {
            MovementId = m.Id, Type = type, Recipient = recipient.Trim(), RecipientBodyId = recipientBodyId, DecisionNumber = decisionNumber.Trim(), DecisionOn = decisionOn,
            Awarder = string.IsNullOrWhiteSpace(awarder) ? null : awarder.Trim(),
        };
    }
}
