using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <summary>
    /// The title's words (weight A of the search vector) in a GIN index of their own. A GIN index does not keep the
    /// weights, so "titled with the words" could only be found by walking the entries newest first and reading each
    /// vector: on a million entries, a common word's titled candidates took a second (issue 21).
    /// </summary>
    public partial class SearchTitleWordsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_SearchEntries_TitleWords\" ON \"SearchEntries\" USING GIN (ts_filter(\"Vector\", '{a}'));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_SearchEntries_TitleWords\";");
        }
    }
}
