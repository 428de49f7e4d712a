using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace DongThuan.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PetitionsObligationsBoardAndReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
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

            migrationBuilder.InsertData(
                table: "DeadlineRule",
                columns: new[] { "Id", "Amount", "ArchivedAt", "Code", "LegalBasis", "Name", "StartEvent", "Unit", "ValidFrom", "ValidTo", "VeryLateAfter" },
                values: new object[] { new Guid("0192c000-0000-7000-8000-00000000000c"), 30, null, "petition.answer", "Chưa tìm thấy thời hạn luật định chung cho kiến nghị cấp HĐND địa phương (thường do quy chế của tỉnh, thành phố quy định); mặc định 30 ngày, quản trị viên điều chỉnh", "Trả lời kiến nghị cử tri, phản ánh của công dân", "Ngày chuyển kiến nghị đến cơ quan có thẩm quyền", 1, null, null, 30 });

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
                name: "IX_ConsentRecord_IdentityId",
                table: "ConsentRecord",
                column: "IdentityId");

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
                name: "IX_IdentityDisclosure_IdentityId",
                table: "IdentityDisclosure",
                column: "IdentityId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportJob_State",
                table: "ImportJob",
                column: "State");

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
                name: "IX_ObligationReminder_ObligationId_Kind_DueOn",
                table: "ObligationReminder",
                columns: new[] { "ObligationId", "Kind", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Petition_AgencyBodyId_State",
                table: "Petition",
                columns: new[] { "AgencyBodyId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Petition_ConsolidatedIntoId",
                table: "Petition",
                column: "ConsolidatedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Petition_CouncilId",
                table: "Petition",
                column: "CouncilId");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsentRecord");

            migrationBuilder.DropTable(
                name: "DialoguePromise");

            migrationBuilder.DropTable(
                name: "DigestLog");

            migrationBuilder.DropTable(
                name: "IdentityDisclosure");

            migrationBuilder.DropTable(
                name: "ImportJob");

            migrationBuilder.DropTable(
                name: "Notification");

            migrationBuilder.DropTable(
                name: "NotificationPreference");

            migrationBuilder.DropTable(
                name: "ObligationReminder");

            migrationBuilder.DropTable(
                name: "PetitionAttachment");

            migrationBuilder.DropTable(
                name: "RoutingRule");

            migrationBuilder.DropTable(
                name: "PetitionerIdentity");

            migrationBuilder.DropTable(
                name: "Petition");

            migrationBuilder.DropTable(
                name: "DialogueConference");

            migrationBuilder.DropTable(
                name: "PetitionField");

            migrationBuilder.DropTable(
                name: "VoterMeeting");

            migrationBuilder.DeleteData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000c"));
        }
    }
}
