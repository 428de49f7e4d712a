using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoveringFigureIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petition_CouncilId_ReceivedOn",
                table: "Petition");

            migrationBuilder.DropIndex(
                name: "IX_Obligation_UnitId_OriginalDueOn",
                table: "Obligation");

            migrationBuilder.CreateIndex(
                name: "IX_Petition_CouncilId_ReceivedOn_State_FieldId_Channel",
                table: "Petition",
                columns: new[] { "CouncilId", "ReceivedOn", "State", "FieldId", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligation_UnitId_OriginalDueOn_OwnerBodyId_State_FulfilledOn_DueOn",
                table: "Obligation",
                columns: new[] { "UnitId", "OriginalDueOn", "OwnerBodyId", "State", "FulfilledOn", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petition_CouncilId_ReceivedOn_State_FieldId_Channel",
                table: "Petition");

            migrationBuilder.DropIndex(
                name: "IX_Obligation_UnitId_OriginalDueOn_OwnerBodyId_State_FulfilledOn_DueOn",
                table: "Obligation");

            migrationBuilder.CreateIndex(
                name: "IX_Petition_CouncilId_ReceivedOn",
                table: "Petition",
                columns: new[] { "CouncilId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligation_UnitId_OriginalDueOn",
                table: "Obligation",
                columns: new[] { "UnitId", "OriginalDueOn" });
        }
    }
}
