using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace DongThuan.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SupervisionAndCoordination : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.InsertData(
                table: "DeadlineRule",
                columns: new[] { "Id", "Amount", "ArchivedAt", "Code", "LegalBasis", "Name", "StartEvent", "Unit", "ValidFrom", "ValidTo", "VeryLateAfter" },
                values: new object[,]
                {
                    { new Guid("0192c000-0000-7000-8000-00000000000d"), 10, null, "supervision.committee-report", "Luật 87/2015/QH13, Điều 80", "Báo cáo kết quả giám sát của Ban HĐND", "Ngày kết thúc giám sát", 1, null, new DateOnly(2026, 2, 28), null },
                    { new Guid("0192c000-0000-7000-8000-00000000000e"), 15, null, "supervision.plan", "Luật Hoạt động giám sát 121/2025/QH15 (thời hạn chưa xác minh; giữ như Luật 87/2015, Điều 70–71)", "Gửi kế hoạch, đề cương giám sát chuyên đề", "Ngày thành lập đoàn giám sát", 1, new DateOnly(2026, 3, 1), null, null },
                    { new Guid("0192c000-0000-7000-8000-00000000000f"), 15, null, "supervision.report", "Luật Hoạt động giám sát 121/2025/QH15 (thời hạn chưa xác minh; giữ như Luật 87/2015, Điều 71)", "Báo cáo kết quả giám sát chuyên đề", "Ngày kết thúc giám sát", 1, new DateOnly(2026, 3, 1), null, null },
                    { new Guid("0192c000-0000-7000-8000-000000000010"), 7, null, "supervision.review", "Luật Hoạt động giám sát 121/2025/QH15 (thời hạn chưa xác minh; giữ như Luật 87/2015, Điều 71)", "Thường trực HĐND xem xét báo cáo giám sát", "Ngày nhận báo cáo của đoàn giám sát", 1, new DateOnly(2026, 3, 1), null, null },
                    { new Guid("0192c000-0000-7000-8000-000000000011"), 10, null, "supervision.committee-report", "Luật Hoạt động giám sát 121/2025/QH15 (thời hạn chưa xác minh; giữ như Luật 87/2015, Điều 80)", "Báo cáo kết quả giám sát của Ban HĐND", "Ngày kết thúc giám sát", 1, new DateOnly(2026, 3, 1), null, null }
                });

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
                name: "IX_EmulationMovement_UnitId_From",
                table: "EmulationMovement",
                columns: new[] { "UnitId", "From" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MissionSource");

            migrationBuilder.DropTable(
                name: "MissionTarget");

            migrationBuilder.DropTable(
                name: "MovementCommendation");

            migrationBuilder.DropTable(
                name: "MovementParticipant");

            migrationBuilder.DropTable(
                name: "ProgrammeParty");

            migrationBuilder.DropTable(
                name: "QuarterlyReport");

            migrationBuilder.DropTable(
                name: "RecommendationEvidence");

            migrationBuilder.DropTable(
                name: "ReSupervisionItem");

            migrationBuilder.DropTable(
                name: "TaskSupport");

            migrationBuilder.DropTable(
                name: "EmulationMovement");

            migrationBuilder.DropTable(
                name: "RecommendationProgress");

            migrationBuilder.DropTable(
                name: "CoordinationTask");

            migrationBuilder.DropTable(
                name: "Recommendation");

            migrationBuilder.DropTable(
                name: "CoordinationProgramme");

            migrationBuilder.DropTable(
                name: "SupervisionMission");

            migrationBuilder.DropTable(
                name: "SupervisionProgramme");

            migrationBuilder.DeleteData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000d"));

            migrationBuilder.DeleteData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000e"));

            migrationBuilder.DeleteData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000f"));

            migrationBuilder.DeleteData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000010"));

            migrationBuilder.DeleteData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000011"));
        }
    }
}
