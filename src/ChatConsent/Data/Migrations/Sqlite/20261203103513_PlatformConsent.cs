using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatConsent.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlatformConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PrivacyModeReason",
                table: "Visitors",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Consent",
                table: "Sites",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<bool>(
                name: "GlobalPrivacyControl",
                table: "ConsentRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "RevokesRecordId",
                table: "ConsentRecords",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PrivacyModeReason",
                table: "Visitors");

            migrationBuilder.DropColumn(
                name: "Consent",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "GlobalPrivacyControl",
                table: "ConsentRecords");

            migrationBuilder.DropColumn(
                name: "RevokesRecordId",
                table: "ConsentRecords");
        }
    }
}
