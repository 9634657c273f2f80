using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatConsent.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EmailContinuation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Visitors_SiteId",
                table: "Visitors");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DigestOptOutAt",
                table: "Visitors",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Visitors",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EmailConfirmedAt",
                table: "Visitors",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingEmail",
                table: "Visitors",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContinuePageUrl",
                table: "Sites",
                type: "nvarchar(2048)",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LinkLifetimeMinutes",
                table: "Sites",
                type: "int",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.CreateTable(
                name: "ConversationDigests",
                columns: table => new
                {
                    ConversationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FromSequence = table.Column<long>(type: "bigint", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    MailedThroughSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationDigests", x => x.ConversationId);
                    table.ForeignKey(
                        name: "FK_ConversationDigests_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LinkTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VisitorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LinkTokens_Visitors_VisitorId",
                        column: x => x.VisitorId,
                        principalTable: "Visitors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VisitorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Recipient = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    ProtectedContent = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FailedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxMails_Visitors_VisitorId",
                        column: x => x.VisitorId,
                        principalTable: "Visitors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Visitors_SiteId_Email",
                table: "Visitors",
                columns: new[] { "SiteId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_ConversationDigests_DueAt",
                table: "ConversationDigests",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_LinkTokens_ExpiresAt",
                table: "LinkTokens",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_LinkTokens_TokenHash",
                table: "LinkTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LinkTokens_VisitorId",
                table: "LinkTokens",
                column: "VisitorId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMails_SentAt_NextAttemptAt",
                table: "OutboxMails",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMails_VisitorId",
                table: "OutboxMails",
                column: "VisitorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConversationDigests");

            migrationBuilder.DropTable(
                name: "LinkTokens");

            migrationBuilder.DropTable(
                name: "OutboxMails");

            migrationBuilder.DropIndex(
                name: "IX_Visitors_SiteId_Email",
                table: "Visitors");

            migrationBuilder.DropColumn(
                name: "DigestOptOutAt",
                table: "Visitors");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Visitors");

            migrationBuilder.DropColumn(
                name: "EmailConfirmedAt",
                table: "Visitors");

            migrationBuilder.DropColumn(
                name: "PendingEmail",
                table: "Visitors");

            migrationBuilder.DropColumn(
                name: "ContinuePageUrl",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "LinkLifetimeMinutes",
                table: "Sites");

            migrationBuilder.CreateIndex(
                name: "IX_Visitors_SiteId",
                table: "Visitors",
                column: "SiteId");
        }
    }
}
