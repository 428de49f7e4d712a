using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Sessions;

public enum AttendanceStatus
{
    Present = 1,

    /// <summary>Vắng có lý do.</summary>
    AbsentExcused = 2,

    Absent = 3,
}

/// <summary>Whether a delegate attended a session; one record per delegate and session, corrected in place.</summary>
public sealed class Attendance : Entity, IUnitOwned
{
    public Guid SessionId { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid PersonId { get; private set; }

    public AttendanceStatus Status { get; private set; }

    private Attendance()
    {
    }

    public static Attendance Record(Session session, Guid personId, AttendanceStatus status) =>
        new() { SessionId = session.Id, UnitId = session.UnitId, PersonId = personId, Status = status };

    public void Correct(AttendanceStatus status) => Status = status;

    public static string Name(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "Có mặt",
        AttendanceStatus.AbsentExcused => "Vắng có lý do",
        _ => "Vắng",
    };
}
