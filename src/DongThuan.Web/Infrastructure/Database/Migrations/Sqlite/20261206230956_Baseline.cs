using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace DongThuan.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    /// <summary>
    /// The whole schema in one migration (ADR 0043): the chain of migrations before it, squashed. A database made by
    /// that chain is taken over by <see cref="DongThuan.Web.Infrastructure.Database.MigrationBaseline"/> without running this.
    /// The statements at the end are the ones EF Core's model does not describe, written by hand in the old chain.
    /// </summary>
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualReportDraft",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Opening = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Directions = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportDraft", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Article",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 130, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Lead = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PublishAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Article", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditChainHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KeyFingerprint = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false, defaultValue: "")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntry",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntry", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "CalendarDay",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDay", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoordinationProgramme",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignedAt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinationProgramme", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineRule",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Amount = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<int>(type: "INTEGER", nullable: false),
                    StartEvent = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Starts = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1),
                    VeryLateAfter = table.Column<int>(type: "INTEGER", nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineRule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DigestLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigestLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmulationMovement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisedByBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LaunchedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LaunchedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmulationMovement", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FileText",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FileText", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "Follow",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Follow", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HolidayYear",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AdjustedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HolidayYear", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "ImportJob",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Checked = table.Column<int>(type: "INTEGER", nullable: false),
                    Imported = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    Failure = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportJob", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notification",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DigestBatch = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notification", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NotificationPreference",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationPreference", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Obligation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OriginalDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VeryLateOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueExplanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RuleCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    InterimOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FulfilledOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Obligation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Open311Client",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KeyEnding = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Open311Client", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PetitionField",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionField", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PublicUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PublicFrom = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionProgramme",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AdoptedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionProgramme", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TimelineEvent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimelineEvent", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Unit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlaceName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Unit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Unit_Unit_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Unit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ArticleImage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Alt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OriginalSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SmallSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SmallWidth = table.Column<int>(type: "INTEGER", nullable: false),
                    SmallHeight = table.Column<int>(type: "INTEGER", nullable: false),
                    LargeSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LargeWidth = table.Column<int>(type: "INTEGER", nullable: false),
                    LargeHeight = table.Column<int>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleImage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleImage_Article_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Article",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Comment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsOfficial = table.Column<bool>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModeratedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModeratedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OpenReports = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Comment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Comment_Article_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Article",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoordinationTask",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LeadBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExpectedOutput = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FrameKind = table.Column<int>(type: "INTEGER", nullable: false),
                    FrameYear = table.Column<int>(type: "INTEGER", nullable: false),
                    FrameNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    FrameDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Report = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Evaluation = table.Column<int>(type: "INTEGER", nullable: true),
                    EvaluationNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinationTask", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoordinationTask_CoordinationProgramme_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "CoordinationProgramme",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeParty",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Signatory = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignatoryTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeParty", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeParty_CoordinationProgramme_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "CoordinationProgramme",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuarterlyReport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartyBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuarterlyReport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuarterlyReport_CoordinationProgramme_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "CoordinationProgramme",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MovementCommendation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MovementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RecipientBodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Awarder = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MovementCommendation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MovementCommendation_EmulationMovement_MovementId",
                        column: x => x.MovementId,
                        principalTable: "EmulationMovement",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MovementParticipant",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MovementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MovementParticipant", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MovementParticipant_EmulationMovement_MovementId",
                        column: x => x.MovementId,
                        principalTable: "EmulationMovement",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ObligationReminder",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObligationReminder", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObligationReminder_Obligation_ObligationId",
                        column: x => x.ObligationId,
                        principalTable: "Obligation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SearchAudience",
                columns: table => new
                {
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchAudience", x => new { x.EntryId, x.Key });
                    table.ForeignKey(
                        name: "FK_SearchAudience_SearchEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "SearchEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionMission",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConductedByBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConductedByKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Members = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    IsReSupervision = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSecret = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    FormedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlanSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProgrammeSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VisitsFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VisitsTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FinishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: true),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StepObligationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionMission", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionMission_SupervisionProgramme_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "SupervisionProgramme",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Body",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentBodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Body", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Body_Body_ParentBodyId",
                        column: x => x.ParentBodyId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Body_Unit_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Unit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Person",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Person", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Person_Unit_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Unit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitSuccession",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PredecessorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuccessorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitSuccession", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitSuccession_Unit_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "Unit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitSuccession_Unit_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "Unit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommentReport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReporterUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommentReport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommentReport_Comment_CommentId",
                        column: x => x.CommentId,
                        principalTable: "Comment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskSupport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskSupport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskSupport_CoordinationTask_TaskId",
                        column: x => x.TaskId,
                        principalTable: "CoordinationTask",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MissionSource",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissionSource", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MissionSource_SupervisionMission_MissionId",
                        column: x => x.MissionId,
                        principalTable: "SupervisionMission",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MissionTarget",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissionTarget", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MissionTarget_SupervisionMission_MissionId",
                        column: x => x.MissionId,
                        principalTable: "SupervisionMission",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Recommendation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Task = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DisputeReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recommendation_SupervisionMission_MissionId",
                        column: x => x.MissionId,
                        principalTable: "SupervisionMission",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DialogueConference",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HostBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegistrationOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DialogueConference", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DialogueConference_Body_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DialogueConference_Body_HostBodyId",
                        column: x => x.HostBodyId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExplanationSession",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Officials = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    NoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VotesFor = table.Column<int>(type: "INTEGER", nullable: true),
                    StandingCommitteeMembers = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExplanationSession", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExplanationSession_Body_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoutingRule",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FieldId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficialPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingRule", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoutingRule_Body_AgencyBodyId",
                        column: x => x.AgencyBodyId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoutingRule_PetitionField_FieldId",
                        column: x => x.FieldId,
                        principalTable: "PetitionField",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Term",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Term", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Term_Body_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VoterMeeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DelegateGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DelegatesPresent = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    VotersAttending = table.Column<int>(type: "INTEGER", nullable: false),
                    Timing = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoterMeeting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoterMeeting_Body_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VoterMeeting_Body_DelegateGroupId",
                        column: x => x.DelegateGroupId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationProgress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationProgress_Recommendation_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReSupervisionItem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReSupervisionItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReSupervisionItem_Recommendation_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReSupervisionItem_SupervisionMission_MissionId",
                        column: x => x.MissionId,
                        principalTable: "SupervisionMission",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DialoguePromise",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DialogueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OwnerBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Official = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DialoguePromise", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DialoguePromise_Body_OwnerBodyId",
                        column: x => x.OwnerBodyId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DialoguePromise_DialogueConference_DialogueId",
                        column: x => x.DialogueId,
                        principalTable: "DialogueConference",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExplanationPromise",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExplanationSessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Official = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Report = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExplanationPromise", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExplanationPromise_Body_OwnerBodyId",
                        column: x => x.OwnerBodyId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExplanationPromise_ExplanationSession_ExplanationSessionId",
                        column: x => x.ExplanationSessionId,
                        principalTable: "ExplanationSession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Position",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TermId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Position", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Position_Body_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Position_Person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Position_Term_TermId",
                        column: x => x.TermId,
                        principalTable: "Term",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Session",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TermId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Session", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Session_Body_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Session_Term_TermId",
                        column: x => x.TermId,
                        principalTable: "Term",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Petition",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    DedupKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Folded = table.Column<string>(type: "TEXT", maxLength: 10301, nullable: false),
                    Ward = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Voters = table.Column<int>(type: "INTEGER", nullable: false),
                    VoterMeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DialogueId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConsolidatedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StateBeforeMerge = table.Column<int>(type: "INTEGER", nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    FieldId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: true),
                    AgencyBodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OfficialPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RoutedContent = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    RoutedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InterimAnswer = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    AnswerSubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SendBackReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Reopened = table.Column<int>(type: "INTEGER", nullable: false),
                    SupervisionCandidate = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Petition", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Petition_Body_AgencyBodyId",
                        column: x => x.AgencyBodyId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Petition_Body_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Petition_DialogueConference_DialogueId",
                        column: x => x.DialogueId,
                        principalTable: "DialogueConference",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Petition_PetitionField_FieldId",
                        column: x => x.FieldId,
                        principalTable: "PetitionField",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Petition_Petition_ConsolidatedIntoId",
                        column: x => x.ConsolidatedIntoId,
                        principalTable: "Petition",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Petition_VoterMeeting_VoterMeetingId",
                        column: x => x.VoterMeetingId,
                        principalTable: "VoterMeeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleAssignment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleAssignment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleAssignment_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoleAssignment_Body_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgressId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationEvidence_RecommendationProgress_ProgressId",
                        column: x => x.ProgressId,
                        principalTable: "RecommendationProgress",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItem_Session_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Session",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendance_Person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Attendance_Session_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Session",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GroupOpinion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DelegateGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupOpinion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupOpinion_Body_DelegateGroupId",
                        column: x => x.DelegateGroupId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GroupOpinion_Session_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Session",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Question",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    AskedByPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RespondentRole = table.Column<int>(type: "INTEGER", nullable: true),
                    RespondentBodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RespondentPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RespondentName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ForwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InterimAnswer = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Responsibility = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TimeFrame = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUp = table.Column<int>(type: "INTEGER", nullable: true),
                    EvaluationNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnswerRounds = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Question", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Question_Body_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Question_Person_AskedByPersonId",
                        column: x => x.AskedByPersonId,
                        principalTable: "Person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Question_Session_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Session",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PetitionAttachment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Restricted = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsAnswer = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionAttachment_Petition_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petition",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PetitionerIdentity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Restricted = table.Column<bool>(type: "INTEGER", nullable: false),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionerIdentity", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionerIdentity_Petition_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petition",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Document",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuerBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuerCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgendaItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VerifiesDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VotesFor = table.Column<int>(type: "INTEGER", nullable: true),
                    VotesAgainst = table.Column<int>(type: "INTEGER", nullable: true),
                    VotesAbstaining = table.Column<int>(type: "INTEGER", nullable: true),
                    VotesAbsent = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Document", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Document_AgendaItem_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Document_Body_IssuerBodyId",
                        column: x => x.IssuerBodyId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Document_Session_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Session",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuestionAnswer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Responsibility = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TimeFrame = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LetterNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LetterDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignerTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: true),
                    FileSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionAnswer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionAnswer_Question_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Question",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuestionCoSigner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionCoSigner", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionCoSigner_Person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QuestionCoSigner_Question_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Question",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRecord",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdentityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    Given = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentRecord_PetitionerIdentity_IdentityId",
                        column: x => x.IdentityId,
                        principalTable: "PetitionerIdentity",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IdentityDisclosure",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdentityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentityDisclosure", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdentityDisclosure_PetitionerIdentity_IdentityId",
                        column: x => x.IdentityId,
                        principalTable: "PetitionerIdentity",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attachment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachment_Document_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Document",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "AuditChainHead",
                columns: new[] { "Id", "KeyFingerprint", "LastHash", "LastSequence" },
                values: new object[] { 1, "", "", 0L });

            migrationBuilder.InsertData(
                table: "DeadlineRule",
                columns: new[] { "Id", "Amount", "ArchivedAt", "Code", "LegalBasis", "Name", "Note", "StartEvent", "Starts", "Unit", "ValidFrom", "ValidTo", "VeryLateAfter" },
                values: new object[,]
                {
                    { new Guid("0192c000-0000-7000-8000-000000000001"), 20, null, "question.written-answer", "Luật Hoạt động giám sát của Quốc hội và HĐND 2015 (87/2015/QH13), Điều 60, 69", "Trả lời chất vấn bằng văn bản", null, "Ngày nhận phiếu chất vấn", 1, 1, null, new DateOnly(2026, 2, 28), null },
                    { new Guid("0192c000-0000-7000-8000-000000000002"), 20, null, "question.written-answer", "Luật Hoạt động giám sát 121/2025/QH15", "Trả lời chất vấn bằng văn bản", "Thời hạn theo luật mới chưa xác minh; giữ 20 ngày như luật cũ cho đến khi quản trị viên điều chỉnh.", "Ngày nhận phiếu chất vấn", 1, 1, new DateOnly(2026, 3, 1), null, null },
                    { new Guid("0192c000-0000-7000-8000-000000000003"), 60, null, "petition.national-assembly", "Quyết định 33/2017/QĐ-TTg (sửa đổi bởi Quyết định 30/2020/QĐ-TTg)", "Trả lời kiến nghị cử tri do Quốc hội chuyển đến", null, "Ngày nhận kiến nghị", 1, 1, null, null, null },
                    { new Guid("0192c000-0000-7000-8000-000000000004"), 5, null, "feedback.forward-outside-competence", "Nghị định 20/2008/NĐ-CP (sửa đổi bởi Nghị định 48/2013/NĐ-CP)", "Chuyển phản ánh, kiến nghị không thuộc thẩm quyền", null, "Ngày nhận phản ánh, kiến nghị", 1, 2, null, null, null },
                    { new Guid("0192c000-0000-7000-8000-000000000005"), 8, null, "feedback.acknowledge", "Quyết định 1207/QĐ-UBND ngày 28/02/2025 của UBND TP Hà Nội", "Tiếp nhận phản ánh trên iHanoi", null, "Thời điểm gửi phản ánh", 1, 3, new DateOnly(2025, 2, 28), null, null },
                    { new Guid("0192c000-0000-7000-8000-000000000006"), 4, null, "feedback.urgent", "Quyết định 1207/QĐ-UBND ngày 28/02/2025 của UBND TP Hà Nội", "Xử lý phản ánh khẩn cấp trên iHanoi", null, "Thời điểm tiếp nhận", 1, 3, new DateOnly(2025, 2, 28), null, null },
                    { new Guid("0192c000-0000-7000-8000-000000000007"), 15, null, "supervision.plan", "Luật 87/2015/QH13, Điều 70–71", "Gửi kế hoạch, đề cương giám sát chuyên đề", null, "Ngày thành lập đoàn giám sát", 1, 1, null, new DateOnly(2026, 2, 28), null },
                    { new Guid("0192c000-0000-7000-8000-000000000008"), 15, null, "supervision.report", "Luật 87/2015/QH13, Điều 71", "Báo cáo kết quả giám sát chuyên đề", null, "Ngày kết thúc giám sát", 1, 1, null, new DateOnly(2026, 2, 28), null },
                    { new Guid("0192c000-0000-7000-8000-000000000009"), 7, null, "supervision.review", "Luật 87/2015/QH13, Điều 71", "Thường trực HĐND xem xét báo cáo giám sát", null, "Ngày nhận báo cáo của đoàn giám sát", 1, 1, null, new DateOnly(2026, 2, 28), null },
                    { new Guid("0192c000-0000-7000-8000-00000000000a"), 5, null, "voter-meeting.decision", "Nghị quyết liên tịch 72/2025, Điều 32", "Quyết định về tiếp xúc cử tri ngoài đơn vị bầu cử", null, "Ngày nhận đề nghị", 1, 2, new DateOnly(2025, 2, 20), null, null },
                    { new Guid("0192c000-0000-7000-8000-00000000000b"), 15, null, "session.group-opinion-response", "Quy chế hoạt động của HĐND", "Tiếp thu, giải trình ý kiến thảo luận tổ", "Chưa tìm thấy thời hạn luật định; mặc định 15 ngày theo thực tiễn, quản trị viên điều chỉnh theo quy chế của HĐND.", "Ngày bế mạc kỳ họp", 1, 1, null, null, null },
                    { new Guid("0192c000-0000-7000-8000-00000000000c"), 30, null, "petition.answer", "Quy chế tiếp nhận, xử lý kiến nghị của địa phương", "Trả lời kiến nghị cử tri, phản ánh của công dân", "Chưa tìm thấy thời hạn luật định chung cho kiến nghị cấp HĐND địa phương (thường do quy chế của tỉnh, thành phố quy định); mặc định 30 ngày tính từ ngày tiếp nhận, quản trị viên điều chỉnh.", "Ngày tiếp nhận kiến nghị", 1, 1, null, null, 30 },
                    { new Guid("0192c000-0000-7000-8000-00000000000d"), 10, null, "supervision.committee-report", "Luật 87/2015/QH13, Điều 80", "Báo cáo kết quả giám sát của Ban HĐND", null, "Ngày kết thúc giám sát", 1, 1, null, new DateOnly(2026, 2, 28), null },
                    { new Guid("0192c000-0000-7000-8000-00000000000e"), 15, null, "supervision.plan", "Luật Hoạt động giám sát 121/2025/QH15", "Gửi kế hoạch, đề cương giám sát chuyên đề", "Thời hạn theo luật mới chưa xác minh; giữ như Luật 87/2015, Điều 70–71.", "Ngày thành lập đoàn giám sát", 1, 1, new DateOnly(2026, 3, 1), null, null },
                    { new Guid("0192c000-0000-7000-8000-00000000000f"), 15, null, "supervision.report", "Luật Hoạt động giám sát 121/2025/QH15", "Báo cáo kết quả giám sát chuyên đề", "Thời hạn theo luật mới chưa xác minh; giữ như Luật 87/2015, Điều 71.", "Ngày kết thúc giám sát", 1, 1, new DateOnly(2026, 3, 1), null, null },
                    { new Guid("0192c000-0000-7000-8000-000000000010"), 7, null, "supervision.review", "Luật Hoạt động giám sát 121/2025/QH15", "Thường trực HĐND xem xét báo cáo giám sát", "Thời hạn theo luật mới chưa xác minh; giữ như Luật 87/2015, Điều 71.", "Ngày nhận báo cáo của đoàn giám sát", 1, 1, new DateOnly(2026, 3, 1), null, null },
                    { new Guid("0192c000-0000-7000-8000-000000000011"), 10, null, "supervision.committee-report", "Luật Hoạt động giám sát 121/2025/QH15", "Báo cáo kết quả giám sát của Ban HĐND", "Thời hạn theo luật mới chưa xác minh; giữ như Luật 87/2015, Điều 80.", "Ngày kết thúc giám sát", 1, 1, new DateOnly(2026, 3, 1), null, null }
                });

            migrationBuilder.InsertData(
                table: "PetitionField",
                columns: new[] { "Id", "ArchivedAt", "Name", "Order" },
                values: new object[,]
                {
                    { new Guid("0192c100-0000-7000-8000-000000000001"), null, "Đất đai", 10 },
                    { new Guid("0192c100-0000-7000-8000-000000000002"), null, "Xây dựng – đô thị", 20 },
                    { new Guid("0192c100-0000-7000-8000-000000000003"), null, "Môi trường", 30 },
                    { new Guid("0192c100-0000-7000-8000-000000000004"), null, "Giao thông", 40 },
                    { new Guid("0192c100-0000-7000-8000-000000000005"), null, "Y tế", 50 },
                    { new Guid("0192c100-0000-7000-8000-000000000006"), null, "Giáo dục", 60 },
                    { new Guid("0192c100-0000-7000-8000-000000000007"), null, "Văn hóa – xã hội", 70 },
                    { new Guid("0192c100-0000-7000-8000-000000000008"), null, "An ninh – trật tự", 80 },
                    { new Guid("0192c100-0000-7000-8000-000000000009"), null, "Lao động – chính sách – an sinh", 90 },
                    { new Guid("0192c100-0000-7000-8000-00000000000a"), null, "Kinh tế – tài chính", 100 },
                    { new Guid("0192c100-0000-7000-8000-00000000000b"), null, "Tư pháp – hành chính", 110 },
                    { new Guid("0192c100-0000-7000-8000-00000000000c"), null, "Khác", 120 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItem_SessionId_Order",
                table: "AgendaItem",
                columns: new[] { "SessionId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportDraft_CouncilId_Year",
                table: "AnnualReportDraft",
                columns: new[] { "CouncilId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Article_PublishAt",
                table: "Article",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Article_Slug",
                table: "Article",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleImage_ArticleId_Order",
                table: "ArticleImage",
                columns: new[] { "ArticleId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PersonId",
                table: "AspNetUsers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachment_DocumentId",
                table: "Attachment",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_PersonId",
                table: "Attendance",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_SessionId_PersonId",
                table: "Attendance",
                columns: new[] { "SessionId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntry_At",
                table: "AuditEntry",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntry_EntityType_EntityId",
                table: "AuditEntry",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Body_ParentBodyId",
                table: "Body",
                column: "ParentBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Body_UnitId_Kind",
                table: "Body",
                columns: new[] { "UnitId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarDay_Date",
                table: "CalendarDay",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Comment_ArticleId_State_WrittenAt",
                table: "Comment",
                columns: new[] { "ArticleId", "State", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Comment_AuthorUserId_WrittenAt",
                table: "Comment",
                columns: new[] { "AuthorUserId", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Comment_UnitId_State",
                table: "Comment",
                columns: new[] { "UnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_CommentReport_CommentId_ReporterUserId",
                table: "CommentReport",
                columns: new[] { "CommentId", "ReporterUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecord_IdentityId",
                table: "ConsentRecord",
                column: "IdentityId");

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationProgramme_UnitId_Year_Number",
                table: "CoordinationProgramme",
                columns: new[] { "UnitId", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationTask_LeadBodyId",
                table: "CoordinationTask",
                column: "LeadBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationTask_ProgrammeId",
                table: "CoordinationTask",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineRule_Code",
                table: "DeadlineRule",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_DialogueConference_CouncilId",
                table: "DialogueConference",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_DialogueConference_HostBodyId",
                table: "DialogueConference",
                column: "HostBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_DialogueConference_UnitId_HeldOn",
                table: "DialogueConference",
                columns: new[] { "UnitId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DialoguePromise_DialogueId",
                table: "DialoguePromise",
                column: "DialogueId");

            migrationBuilder.CreateIndex(
                name: "IX_DialoguePromise_OwnerBodyId",
                table: "DialoguePromise",
                column: "OwnerBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_DigestLog_UserId_Day",
                table: "DigestLog",
                columns: new[] { "UserId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Document_AgendaItemId",
                table: "Document",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Document_IssuerBodyId_Year_Type_Number",
                table: "Document",
                columns: new[] { "IssuerBodyId", "Year", "Type", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Document_SessionId",
                table: "Document",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_Document_UnitId_Year_Type",
                table: "Document",
                columns: new[] { "UnitId", "Year", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_EmulationMovement_UnitId_From",
                table: "EmulationMovement",
                columns: new[] { "UnitId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_ExplanationPromise_ExplanationSessionId",
                table: "ExplanationPromise",
                column: "ExplanationSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_ExplanationPromise_OwnerBodyId",
                table: "ExplanationPromise",
                column: "OwnerBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_ExplanationSession_CouncilId",
                table: "ExplanationSession",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_ExplanationSession_UnitId_HeldOn",
                table: "ExplanationSession",
                columns: new[] { "UnitId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Follow_SubjectKind_SubjectId",
                table: "Follow",
                columns: new[] { "SubjectKind", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Follow_UserId_SubjectKind_SubjectId",
                table: "Follow",
                columns: new[] { "UserId", "SubjectKind", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroupOpinion_DelegateGroupId",
                table: "GroupOpinion",
                column: "DelegateGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupOpinion_SessionId",
                table: "GroupOpinion",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_IdentityDisclosure_IdentityId",
                table: "IdentityDisclosure",
                column: "IdentityId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportJob_State",
                table: "ImportJob",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_MissionSource_MissionId",
                table: "MissionSource",
                column: "MissionId");

            migrationBuilder.CreateIndex(
                name: "IX_MissionSource_SourceType_SourceId",
                table: "MissionSource",
                columns: new[] { "SourceType", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MissionTarget_BodyId",
                table: "MissionTarget",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_MissionTarget_MissionId_BodyId",
                table: "MissionTarget",
                columns: new[] { "MissionId", "BodyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MovementCommendation_MovementId",
                table: "MovementCommendation",
                column: "MovementId");

            migrationBuilder.CreateIndex(
                name: "IX_MovementParticipant_MovementId_BodyId",
                table: "MovementParticipant",
                columns: new[] { "MovementId", "BodyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notification_UserId_EmailedAt",
                table: "Notification",
                columns: new[] { "UserId", "EmailedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notification_UserId_ReadAt",
                table: "Notification",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_NotificationPreference_UserId",
                table: "NotificationPreference",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Obligation_OwnerBodyId",
                table: "Obligation",
                column: "OwnerBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Obligation_SubjectType_SubjectId",
                table: "Obligation",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligation_UnitId_OriginalDueOn_OwnerBodyId_State_FulfilledOn_DueOn",
                table: "Obligation",
                columns: new[] { "UnitId", "OriginalDueOn", "OwnerBodyId", "State", "FulfilledOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligation_UnitId_State_DueOn",
                table: "Obligation",
                columns: new[] { "UnitId", "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ObligationReminder_ObligationId_Kind_DueOn",
                table: "ObligationReminder",
                columns: new[] { "ObligationId", "Kind", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Open311Client_KeyHash",
                table: "Open311Client",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Person_UnitId_FullName",
                table: "Person",
                columns: new[] { "UnitId", "FullName" });

            migrationBuilder.CreateIndex(
                name: "IX_Petition_AgencyBodyId_State",
                table: "Petition",
                columns: new[] { "AgencyBodyId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Petition_ConsolidatedIntoId",
                table: "Petition",
                column: "ConsolidatedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Petition_CouncilId_ReceivedOn_State_FieldId_Channel",
                table: "Petition",
                columns: new[] { "CouncilId", "ReceivedOn", "State", "FieldId", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_Petition_DedupKey",
                table: "Petition",
                column: "DedupKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Petition_DialogueId",
                table: "Petition",
                column: "DialogueId");

            migrationBuilder.CreateIndex(
                name: "IX_Petition_FieldId",
                table: "Petition",
                column: "FieldId");

            migrationBuilder.CreateIndex(
                name: "IX_Petition_TrackingCode",
                table: "Petition",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Petition_UnitId_State_ReceivedOn",
                table: "Petition",
                columns: new[] { "UnitId", "State", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Petition_VoterMeetingId",
                table: "Petition",
                column: "VoterMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionAttachment_PetitionId",
                table: "PetitionAttachment",
                column: "PetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionerIdentity_Email",
                table: "PetitionerIdentity",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionerIdentity_PetitionId",
                table: "PetitionerIdentity",
                column: "PetitionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PetitionerIdentity_Phone",
                table: "PetitionerIdentity",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_Position_BodyId",
                table: "Position",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Position_PersonId",
                table: "Position",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Position_TermId",
                table: "Position",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_Position_UnitId_BodyId",
                table: "Position",
                columns: new[] { "UnitId", "BodyId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeParty_BodyId",
                table: "ProgrammeParty",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeParty_ProgrammeId_BodyId",
                table: "ProgrammeParty",
                columns: new[] { "ProgrammeId", "BodyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReport_ProgrammeId_PartyBodyId_Quarter",
                table: "QuarterlyReport",
                columns: new[] { "ProgrammeId", "PartyBodyId", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Question_AskedByPersonId",
                table: "Question",
                column: "AskedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Question_CouncilId",
                table: "Question",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_Question_RespondentBodyId",
                table: "Question",
                column: "RespondentBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Question_SessionId",
                table: "Question",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_Question_UnitId_State",
                table: "Question",
                columns: new[] { "UnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionAnswer_QuestionId_Round",
                table: "QuestionAnswer",
                columns: new[] { "QuestionId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionCoSigner_PersonId",
                table: "QuestionCoSigner",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionCoSigner_QuestionId_PersonId",
                table: "QuestionCoSigner",
                columns: new[] { "QuestionId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recommendation_MissionId",
                table: "Recommendation",
                column: "MissionId");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendation_OwnerBodyId",
                table: "Recommendation",
                column: "OwnerBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendation_UnitId_State",
                table: "Recommendation",
                columns: new[] { "UnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationEvidence_ProgressId",
                table: "RecommendationEvidence",
                column: "ProgressId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationEvidence_RecommendationId",
                table: "RecommendationEvidence",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationProgress_RecommendationId",
                table: "RecommendationProgress",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReSupervisionItem_MissionId_RecommendationId",
                table: "ReSupervisionItem",
                columns: new[] { "MissionId", "RecommendationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReSupervisionItem_RecommendationId",
                table: "ReSupervisionItem",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleAssignment_BodyId",
                table: "RoleAssignment",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleAssignment_UserId",
                table: "RoleAssignment",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingRule_AgencyBodyId",
                table: "RoutingRule",
                column: "AgencyBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingRule_FieldId",
                table: "RoutingRule",
                column: "FieldId");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingRule_UnitId_FieldId_Level",
                table: "RoutingRule",
                columns: new[] { "UnitId", "FieldId", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Kind_RecordId",
                table: "SearchEntries",
                columns: new[] { "Kind", "RecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Session_CouncilId",
                table: "Session",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_Session_TermId",
                table: "Session",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_Session_UnitId_StartsOn",
                table: "Session",
                columns: new[] { "UnitId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionMission_CouncilId_FormedOn",
                table: "SupervisionMission",
                columns: new[] { "CouncilId", "FormedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionMission_ProgrammeId",
                table: "SupervisionMission",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionProgramme_CouncilId_Year",
                table: "SupervisionProgramme",
                columns: new[] { "CouncilId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskSupport_BodyId",
                table: "TaskSupport",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskSupport_TaskId_BodyId",
                table: "TaskSupport",
                columns: new[] { "TaskId", "BodyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Term_CouncilId",
                table: "Term",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_Term_UnitId_CouncilId",
                table: "Term",
                columns: new[] { "UnitId", "CouncilId" });

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEvent_SubjectType_SubjectId_At",
                table: "TimelineEvent",
                columns: new[] { "SubjectType", "SubjectId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Unit_Name",
                table: "Unit",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Unit_ParentId",
                table: "Unit",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitSuccession_PredecessorId_SuccessorId",
                table: "UnitSuccession",
                columns: new[] { "PredecessorId", "SuccessorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitSuccession_SuccessorId",
                table: "UnitSuccession",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_VoterMeeting_CouncilId",
                table: "VoterMeeting",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_VoterMeeting_DelegateGroupId",
                table: "VoterMeeting",
                column: "DelegateGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_VoterMeeting_UnitId_HeldOn",
                table: "VoterMeeting",
                columns: new[] { "UnitId", "HeldOn" });

            // Search (ADR 0015, 0038): the words of each entry (Title, Body) and its words with their marks (Marked), and
            // the titles' words on their own. No content of their own (the text is in SearchEntries); contentless_delete
            // lets an entry's words be replaced when its record changes.
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE \"SearchIndex\" USING fts5(\"Title\", \"Body\", \"Marked\", content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');");
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE \"SearchTitles\" USING fts5(\"Title\", content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');");
            migrationBuilder.Sql("CREATE INDEX \"IX_SearchEntries_Id_PublicFrom\" ON \"SearchEntries\" (\"Id\", \"PublicFrom\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_SearchEntries_Id_PublicFrom\";");
            migrationBuilder.Sql("DROP TABLE \"SearchTitles\";");
            migrationBuilder.Sql("DROP TABLE \"SearchIndex\";");

            migrationBuilder.DropTable(
                name: "AnnualReportDraft");

            migrationBuilder.DropTable(
                name: "ArticleImage");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Attachment");

            migrationBuilder.DropTable(
                name: "Attendance");

            migrationBuilder.DropTable(
                name: "AuditChainHead");

            migrationBuilder.DropTable(
                name: "AuditEntry");

            migrationBuilder.DropTable(
                name: "CalendarDay");

            migrationBuilder.DropTable(
                name: "CommentReport");

            migrationBuilder.DropTable(
                name: "ConsentRecord");

            migrationBuilder.DropTable(
                name: "DeadlineRule");

            migrationBuilder.DropTable(
                name: "DialoguePromise");

            migrationBuilder.DropTable(
                name: "DigestLog");

            migrationBuilder.DropTable(
                name: "ExplanationPromise");

            migrationBuilder.DropTable(
                name: "FileText");

            migrationBuilder.DropTable(
                name: "Follow");

            migrationBuilder.DropTable(
                name: "GroupOpinion");

            migrationBuilder.DropTable(
                name: "HolidayYear");

            migrationBuilder.DropTable(
                name: "IdentityDisclosure");

            migrationBuilder.DropTable(
                name: "ImportJob");

            migrationBuilder.DropTable(
                name: "MissionSource");

            migrationBuilder.DropTable(
                name: "MissionTarget");

            migrationBuilder.DropTable(
                name: "MovementCommendation");

            migrationBuilder.DropTable(
                name: "MovementParticipant");

            migrationBuilder.DropTable(
                name: "Notification");

            migrationBuilder.DropTable(
                name: "NotificationPreference");

            migrationBuilder.DropTable(
                name: "ObligationReminder");

            migrationBuilder.DropTable(
                name: "Open311Client");

            migrationBuilder.DropTable(
                name: "PetitionAttachment");

            migrationBuilder.DropTable(
                name: "Position");

            migrationBuilder.DropTable(
                name: "ProgrammeParty");

            migrationBuilder.DropTable(
                name: "QuarterlyReport");

            migrationBuilder.DropTable(
                name: "QuestionAnswer");

            migrationBuilder.DropTable(
                name: "QuestionCoSigner");

            migrationBuilder.DropTable(
                name: "RecommendationEvidence");

            migrationBuilder.DropTable(
                name: "ReSupervisionItem");

            migrationBuilder.DropTable(
                name: "RoleAssignment");

            migrationBuilder.DropTable(
                name: "RoutingRule");

            migrationBuilder.DropTable(
                name: "SearchAudience");

            migrationBuilder.DropTable(
                name: "TaskSupport");

            migrationBuilder.DropTable(
                name: "TimelineEvent");

            migrationBuilder.DropTable(
                name: "UnitSuccession");

            migrationBuilder.DropTable(
                name: "Document");

            migrationBuilder.DropTable(
                name: "Comment");

            migrationBuilder.DropTable(
                name: "ExplanationSession");

            migrationBuilder.DropTable(
                name: "PetitionerIdentity");

            migrationBuilder.DropTable(
                name: "EmulationMovement");

            migrationBuilder.DropTable(
                name: "Obligation");

            migrationBuilder.DropTable(
                name: "Question");

            migrationBuilder.DropTable(
                name: "RecommendationProgress");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "SearchEntries");

            migrationBuilder.DropTable(
                name: "CoordinationTask");

            migrationBuilder.DropTable(
                name: "AgendaItem");

            migrationBuilder.DropTable(
                name: "Article");

            migrationBuilder.DropTable(
                name: "Petition");

            migrationBuilder.DropTable(
                name: "Recommendation");

            migrationBuilder.DropTable(
                name: "Person");

            migrationBuilder.DropTable(
                name: "CoordinationProgramme");

            migrationBuilder.DropTable(
                name: "Session");

            migrationBuilder.DropTable(
                name: "DialogueConference");

            migrationBuilder.DropTable(
                name: "PetitionField");

            migrationBuilder.DropTable(
                name: "VoterMeeting");

            migrationBuilder.DropTable(
                name: "SupervisionMission");

            migrationBuilder.DropTable(
                name: "Term");

            migrationBuilder.DropTable(
                name: "SupervisionProgramme");

            migrationBuilder.DropTable(
                name: "Body");

            migrationBuilder.DropTable(
                name: "Unit");
        }
    }
}
