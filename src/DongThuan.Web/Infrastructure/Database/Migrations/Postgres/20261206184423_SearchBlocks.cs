using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <summary>
    /// Each entry's vector gains the lexeme of its block of ids ('~' and the id shifted right by 12, weight A), so that a
    /// search can ask the GIN indexes for matches among the newest entries only (ADR 0040). Written here as SQL of its
    /// own, not through <c>PostgresSearchEngine.Block</c>: a migration says what it did on the day it ran. The two
    /// indexes are made again after the update rather than kept up to date row by row: on a million entries that is
    /// about a minute instead of many.
    /// </summary>
    public partial class SearchBlocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_SearchEntries_TitleWords\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_SearchEntries_Vector\";");
            migrationBuilder.Sql("UPDATE \"SearchEntries\" SET \"Vector\" = \"Vector\" || format('''~%s'':1A', \"Id\" >> 12)::tsvector;");
            migrationBuilder.Sql("CREATE INDEX \"IX_SearchEntries_Vector\" ON \"SearchEntries\" USING GIN (\"Vector\");");
            migrationBuilder.Sql("CREATE INDEX \"IX_SearchEntries_TitleWords\" ON \"SearchEntries\" USING GIN (ts_filter(\"Vector\", '{a}'));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"SearchEntries\" SET \"Vector\" = ts_delete(\"Vector\", '~' || (\"Id\" >> 12));");
        }
    }
}
