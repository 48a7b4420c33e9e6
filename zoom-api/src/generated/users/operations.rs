// @generated from spec/users.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Operations of the `users` group: a method on [`Client`] and a request builder for each.
#![allow(deprecated)]
use crate::runtime::{OperationInfo, RateLimitCategory, Request};
use crate::{Client, Error};
use crate::Upload;
use super::super::types;
use reqwest::Method;
/// Metadata of [`Client::switch_user_account`].
pub static SWITCH_USER_ACCOUNT: OperationInfo = OperationInfo::new(
    "switchUserAccount",
    Method::PUT,
    "/accounts/{accountId}/users/{userId}/account",
    RateLimitCategory::Light,
    &["user:master"],
);

impl Client {
    /// Switch a user's account
    ///
    /// Moves a user from one account to another under the same master account. Admins and owners cannot be moved.
    ///
    /// - Request: `PUT /accounts/{accountId}/users/{userId}/account` (operation `switchUserAccount`)
    /// - Scopes (any one): `user:master`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `account_id`: ID of the account the user currently belongs to; `me` stands for the master account.
    /// - `user_id`: ID or email address of the user to move.
    /// - `body`: The request body, a [`SwitchAccountRequest`](types::SwitchAccountRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `1117`: Admin users cannot be moved to another account.
    /// - `404` code `1001`: The user does not exist or is not part of this account.
    /// - `404` code `1010`: The user was not found on this account.
    /// - `404` code `1120`: No invitation exists for the user.
    pub fn switch_user_account(
        &self,
        account_id: impl Into<String>,
        user_id: impl Into<String>,
        body: types::SwitchAccountRequest,
    ) -> SwitchUserAccount {
        SwitchUserAccount {
            client: self.clone(),
            account_id: account_id.into(),
            user_id: user_id.into(),
            body,
        }
    }
}

/// Request builder of [`Client::switch_user_account`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SwitchUserAccount {
    client: Client,
    account_id: String,
    user_id: String,
    body: types::SwitchAccountRequest,
}

impl SwitchUserAccount {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for SwitchUserAccount {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&SWITCH_USER_ACCOUNT)
            .path("accountId", "account_id", &self.account_id)
            .path("userId", "user_id", &self.user_id);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_users`].
pub static LIST_USERS: OperationInfo = OperationInfo::new(
    "listUsers",
    Method::GET,
    "/users",
    RateLimitCategory::Medium,
    &["user:read:admin"],
);

impl Client {
    /// List users
    ///
    /// Returns one page of the account's users, optionally filtered by status, role or license.
    ///
    /// - Request: `GET /users` (operation `listUsers`)
    /// - Scopes (any one): `user:read:admin`
    /// - Rate limit: Medium
    /// - Optional: [`status`](ListUsers::status), [`page_size`](ListUsers::page_size), [`role_id`](ListUsers::role_id), [`page_number`](ListUsers::page_number), [`include_fields`](ListUsers::include_fields), [`next_page_token`](ListUsers::next_page_token), [`license`](ListUsers::license)
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    pub fn list_users(&self) -> ListUsers {
        ListUsers {
            client: self.clone(),
            status: None,
            page_size: None,
            role_id: None,
            page_number: None,
            include_fields: None,
            next_page_token: None,
            license: None,
        }
    }
}

/// Request builder of [`Client::list_users`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListUsers {
    client: Client,
    status: Option<types::UserStatus>,
    page_size: Option<i64>,
    role_id: Option<String>,
    page_number: Option<i64>,
    include_fields: Option<types::ListUsersIncludeField>,
    next_page_token: Option<String>,
    license: Option<types::ListUsersLicense>,
}

impl ListUsers {
    /// Only return users with this status.
    pub fn status(mut self, value: types::UserStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Number of users per page.
    ///
    /// At most 300. Zoom assumes `30` when this is not sent.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Only return users holding this role.
    pub fn role_id(mut self, value: impl Into<String>) -> Self {
        self.role_id = Some(value.into());
        self
    }

    /// Page to return; superseded by `next_page_token`.
    ///
    /// At least 1. Deprecated by Zoom.
    #[deprecated = "Zoom marks this parameter deprecated."]
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }

    /// Extra field to add to each user record.
    pub fn include_fields(mut self, value: types::ListUsersIncludeField) -> Self {
        self.include_fields = Some(value);
        self
    }

    /// Token from the previous page; valid for 15 minutes.
    pub fn next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }

    /// Only return users holding this add-on license.
    pub fn license(mut self, value: types::ListUsersLicense) -> Self {
        self.license = Some(value);
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`UserList`](types::UserList).
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Json<types::UserList>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::UserList>>,
    > {
        crate::runtime::send_with_response(self)
    }

    /// Streams the `users` of every page, one page in memory at a time.
    ///
    /// Every parameter set on this builder is sent with each page; the stream follows
    /// `next_page_token` until Zoom returns none (or one it already sent) and ends after yielding
    /// the first error. Each page is sent with the client's retry policy.
    pub fn stream(self) -> crate::runtime::Paged<Self> {
        crate::runtime::Paged::new(self)
    }
}

impl crate::runtime::Operation for ListUsers {
    type Answer = crate::runtime::Json<types::UserList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&LIST_USERS);
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "page_number",
            &self.page_number,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.finish()?;
        let request = Request::new(&LIST_USERS)
            .query("status", self.status.as_ref())
            .query("page_size", self.page_size.as_ref())
            .query("role_id", self.role_id.as_ref())
            .query("page_number", self.page_number.as_ref())
            .query("include_fields", self.include_fields.as_ref())
            .query("next_page_token", self.next_page_token.as_ref())
            .query("license", self.license.as_ref());
        Ok((self.client, request))
    }
}

impl crate::runtime::Paginated for ListUsers {
    type Page = types::UserList;
    type Item = types::UserListItem;
    fn split(page: types::UserList) -> (Vec<types::UserListItem>, Option<String>) {
        (page.users.unwrap_or_default(), page.next_page_token)
    }

    fn with_token(self, token: String) -> Self {
        self.next_page_token(token)
    }
}

/// Metadata of [`Client::create_user`].
pub static CREATE_USER: OperationInfo = OperationInfo::new(
    "createUser",
    Method::POST,
    "/users",
    RateLimitCategory::Light,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Create users
    ///
    /// Adds a user to the account. The action decides how the user is invited or provisioned.
    ///
    /// - Request: `POST /users` (operation `createUser`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `body`: The request body, a [`CreateUserRequest`](types::CreateUserRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: The caller lacks the privilege to add users.
    /// - `400` code `300`: A parameter was rejected, such as the password, a banned word in the name, an On-prem type or the plan_united_type.
    /// - `400` code `1000`: The user is a call-queue manager or auto-receptionist operator.
    /// - `400` code `1009`: The email already belongs to an active account.
    /// - `400` code `1107`: The email domain is blocked.
    /// - `400` code `1108`: The caller may not assign this user type.
    /// - `400` code `1116`: The email is outside the account's allowed domains.
    /// - `400` code `2002`: SSO is not enabled for the account.
    /// - `400` code `2032`: ssoCreate needs an SSO partner with pre-provisioning enabled.
    /// - `400` code `2033`: The account already has its maximum of basic users.
    /// - `400` code `2034`: The account has no free license for the requested user type.
    /// - `400` code `2035`: Government (GPA) accounts cannot add users.
    /// - `400` code `2036`: Owners of GPA accounts cannot be invited by other accounts.
    /// - `400` code `2037`: This user is barred from being invited.
    /// - `400` code `2038`: The account has no free Zoom One license.
    /// - `400` code `3412`: The account reached its permitted number of basic or paid users.
    /// - `400` code `11321`: The email domain is blocked by Zoom Trust & Safety.
    /// - `404` code `1102`: No Zoom Phone license is available.
    /// - `404` code `4130`: The group does not exist.
    /// - `409` code `1005`: The email address is already in use.
    /// - `429`: The account reached its daily limit of user invitations; it resets at 00:00 GMT.
    pub fn create_user(&self, body: types::CreateUserRequest) -> CreateUser {
        CreateUser {
            client: self.clone(),
            body,
        }
    }
}

/// Request builder of [`Client::create_user`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateUser {
    client: Client,
    body: types::CreateUserRequest,
}

impl CreateUser {
    /// Sends the request; `.await` gives Zoom's answer as a [`CreatedUser`](types::CreatedUser).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::CreatedUser>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::CreatedUser>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for CreateUser {
    type Answer = crate::runtime::Json<types::CreatedUser>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&CREATE_USER);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&CREATE_USER);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::check_user_email`].
pub static CHECK_USER_EMAIL: OperationInfo = OperationInfo::new(
    "checkUserEmail",
    Method::GET,
    "/users/email",
    RateLimitCategory::Light,
    &["user:read:admin", "user:read"],
);

impl Client {
    /// Check a user email
    ///
    /// Tells whether an email address is already used by a user of your account.
    ///
    /// - Request: `GET /users/email` (operation `checkUserEmail`)
    /// - Scopes (any one): `user:read:admin`, `user:read`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `email`: Email address to look up. Format: `email`.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: The email parameter is required.
    /// - `404` code `1001`: The user does not exist.
    pub fn check_user_email(&self, email: impl Into<String>) -> CheckUserEmail {
        CheckUserEmail {
            client: self.clone(),
            email: email.into(),
        }
    }
}

/// Request builder of [`Client::check_user_email`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CheckUserEmail {
    client: Client,
    email: String,
}

impl CheckUserEmail {
    /// Sends the request; `.await` gives Zoom's answer as a [`EmailCheck`](types::EmailCheck).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::EmailCheck>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::EmailCheck>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for CheckUserEmail {
    type Answer = crate::runtime::Json<types::EmailCheck>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&CHECK_USER_EMAIL);
        v.field(
            "email",
            &self.email,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
        v.finish()?;
        let request = Request::new(&CHECK_USER_EMAIL).query("email", Some(&self.email));
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_user_zak`].
pub static GET_USER_ZAK: OperationInfo = OperationInfo::new(
    "getUserZak",
    Method::GET,
    "/users/me/zak",
    RateLimitCategory::Light,
    &["user_zak:read"],
);

impl Client {
    /// Get user's ZAK
    ///
    /// Returns a Zoom Access Key (ZAK) for the user who owns the access token.
    ///
    /// - Request: `GET /users/me/zak` (operation `getUserZak`)
    /// - Scopes (any one): `user_zak:read`
    /// - Rate limit: Light
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `1001`: The user does not exist or is not part of this account.
    pub fn get_user_zak(&self) -> GetUserZak {
        GetUserZak { client: self.clone() }
    }
}

/// Request builder of [`Client::get_user_zak`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUserZak {
    client: Client,
}

impl GetUserZak {
    /// Sends the request; `.await` gives Zoom's answer as a [`UserZak`](types::UserZak).
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Json<types::UserZak>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::UserZak>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetUserZak {
    type Answer = crate::runtime::Json<types::UserZak>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_USER_ZAK);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::check_user_pm_room`].
pub static CHECK_USER_PM_ROOM: OperationInfo = OperationInfo::new(
    "checkUserPmRoom",
    Method::GET,
    "/users/vanity_name",
    RateLimitCategory::Light,
    &["user:read:admin", "user:read"],
);

impl Client {
    /// Check a user's PM room
    ///
    /// Tells whether a personal meeting room name is already taken.
    ///
    /// - Request: `GET /users/vanity_name` (operation `checkUserPmRoom`)
    /// - Scopes (any one): `user:read:admin`, `user:read`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `vanity_name`: Personal meeting room name to look up.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: The vanity_name parameter is required.
    pub fn check_user_pm_room(&self, vanity_name: impl Into<String>) -> CheckUserPmRoom {
        CheckUserPmRoom {
            client: self.clone(),
            vanity_name: vanity_name.into(),
        }
    }
}

/// Request builder of [`Client::check_user_pm_room`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CheckUserPmRoom {
    client: Client,
    vanity_name: String,
}

impl CheckUserPmRoom {
    /// Sends the request; `.await` gives Zoom's answer as a [`VanityNameCheck`](types::VanityNameCheck).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::VanityNameCheck>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::VanityNameCheck>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for CheckUserPmRoom {
    type Answer = crate::runtime::Json<types::VanityNameCheck>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&CHECK_USER_PM_ROOM)
            .query("vanity_name", Some(&self.vanity_name));
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_user`].
pub static GET_USER: OperationInfo = OperationInfo::new(
    "getUser",
    Method::GET,
    "/users/{userId}",
    RateLimitCategory::Light,
    &["user:read:admin", "user:read", "user_info:read"],
);

impl Client {
    /// Get a user
    ///
    /// Returns the full profile of one user.
    ///
    /// - Request: `GET /users/{userId}` (operation `getUser`)
    /// - Scopes (any one): `user:read:admin`, `user:read`, `user_info:read`
    /// - Rate limit: Light
    /// - Optional: [`login_type`](GetUser::login_type), [`encrypted_email`](GetUser::encrypted_email), [`search_by_unique_id`](GetUser::search_by_unique_id)
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `1120`: The user's invitation expired or could not be found.
    /// - `404` code `1001`: The user does not exist.
    pub fn get_user(&self, user_id: impl Into<String>) -> GetUser {
        GetUser {
            client: self.clone(),
            user_id: user_id.into(),
            login_type: None,
            encrypted_email: None,
            search_by_unique_id: None,
        }
    }
}

/// Request builder of [`Client::get_user`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUser {
    client: Client,
    user_id: String,
    login_type: Option<types::LoginType>,
    encrypted_email: Option<bool>,
    search_by_unique_id: Option<bool>,
}

impl GetUser {
    /// Login method of the user, for users who sign in more than one way.
    pub fn login_type(mut self, value: types::LoginType) -> Self {
        self.login_type = Some(value);
        self
    }

    /// Set when userId is an encrypted email address.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub fn encrypted_email(mut self, value: bool) -> Self {
        self.encrypted_email = Some(value);
        self
    }

    /// Set when userId is an employee unique ID.
    pub fn search_by_unique_id(mut self, value: bool) -> Self {
        self.search_by_unique_id = Some(value);
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`User`](types::User).
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Json<types::User>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::User>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetUser {
    type Answer = crate::runtime::Json<types::User>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_USER)
            .path("userId", "user_id", &self.user_id)
            .query("login_type", self.login_type.as_ref())
            .query("encrypted_email", self.encrypted_email.as_ref())
            .query("search_by_unique_id", self.search_by_unique_id.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_user`].
pub static DELETE_USER: OperationInfo = OperationInfo::new(
    "deleteUser",
    Method::DELETE,
    "/users/{userId}",
    RateLimitCategory::Light,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Delete a user
    ///
    /// Removes a user from the account, either by unlinking them or by deleting them for good. Their data can be handed to another user.
    ///
    /// - Request: `DELETE /users/{userId}` (operation `deleteUser`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Light
    /// - Optional: [`encrypted_email`](DeleteUser::encrypted_email), [`action`](DeleteUser::action), [`transfer_email`](DeleteUser::transfer_email), [`transfer_meeting`](DeleteUser::transfer_meeting), [`transfer_webinar`](DeleteUser::transfer_webinar), [`transfer_recording`](DeleteUser::transfer_recording), [`transfer_whiteboard`](DeleteUser::transfer_whiteboard), [`transfer_clipfiles`](DeleteUser::transfer_clipfiles), [`transfer_notes`](DeleteUser::transfer_notes), [`transfer_visitors`](DeleteUser::transfer_visitors), [`transfer_docs`](DeleteUser::transfer_docs)
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: The user is outside your account, is a Zoom Rooms user, or is deactivated.
    /// - `400` code `300`: The transfer target is the user themself, an API user cannot be unlinked, or Zoom Events block the removal.
    /// - `400` code `1000`: The user is a call-queue manager or auto-receptionist operator.
    /// - `400` code `1107`: Users on a managed domain cannot be unlinked.
    /// - `400` code `1117`: Admin users cannot be unlinked.
    /// - `400` code `1120`: The user's invitation expired or could not be found.
    /// - `404` code `1001`: The user does not exist.
    pub fn delete_user(&self, user_id: impl Into<String>) -> DeleteUser {
        DeleteUser {
            client: self.clone(),
            user_id: user_id.into(),
            encrypted_email: None,
            action: None,
            transfer_email: None,
            transfer_meeting: None,
            transfer_webinar: None,
            transfer_recording: None,
            transfer_whiteboard: None,
            transfer_clipfiles: None,
            transfer_notes: None,
            transfer_visitors: None,
            transfer_docs: None,
        }
    }
}

/// Request builder of [`Client::delete_user`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteUser {
    client: Client,
    user_id: String,
    encrypted_email: Option<bool>,
    action: Option<types::DeleteUserAction>,
    transfer_email: Option<String>,
    transfer_meeting: Option<bool>,
    transfer_webinar: Option<bool>,
    transfer_recording: Option<bool>,
    transfer_whiteboard: Option<bool>,
    transfer_clipfiles: Option<bool>,
    transfer_notes: Option<bool>,
    transfer_visitors: Option<bool>,
    transfer_docs: Option<bool>,
}

impl DeleteUser {
    /// Set when userId is an encrypted email address.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub fn encrypted_email(mut self, value: bool) -> Self {
        self.encrypted_email = Some(value);
        self
    }

    /// Whether to unlink the user or delete them permanently. Pending users can only be unlinked.
    pub fn action(mut self, value: types::DeleteUserAction) -> Self {
        self.action = Some(value);
        self
    }

    /// Email of the user who receives the deleted user's data; needed when the user has upcoming Zoom Events.
    pub fn transfer_email(mut self, value: impl Into<String>) -> Self {
        self.transfer_email = Some(value.into());
        self
    }

    /// Hand upcoming meetings to the transfer user.
    pub fn transfer_meeting(mut self, value: bool) -> Self {
        self.transfer_meeting = Some(value);
        self
    }

    /// Hand upcoming webinars to the transfer user.
    pub fn transfer_webinar(mut self, value: bool) -> Self {
        self.transfer_webinar = Some(value);
        self
    }

    /// Hand past recordings to the transfer user.
    pub fn transfer_recording(mut self, value: bool) -> Self {
        self.transfer_recording = Some(value);
        self
    }

    /// Hand whiteboards to the transfer user.
    pub fn transfer_whiteboard(mut self, value: bool) -> Self {
        self.transfer_whiteboard = Some(value);
        self
    }

    /// Hand Zoom Clips files to the transfer user.
    pub fn transfer_clipfiles(mut self, value: bool) -> Self {
        self.transfer_clipfiles = Some(value);
        self
    }

    /// Hand Zoom Notes to the transfer user.
    pub fn transfer_notes(mut self, value: bool) -> Self {
        self.transfer_notes = Some(value);
        self
    }

    /// Hand the visitors of the user to the transfer user.
    pub fn transfer_visitors(mut self, value: bool) -> Self {
        self.transfer_visitors = Some(value);
        self
    }

    /// Hand Zoom Docs documents to the transfer user.
    pub fn transfer_docs(mut self, value: bool) -> Self {
        self.transfer_docs = Some(value);
        self
    }

    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for DeleteUser {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_USER)
            .path("userId", "user_id", &self.user_id)
            .query("encrypted_email", self.encrypted_email.as_ref())
            .query("action", self.action.as_ref())
            .query("transfer_email", self.transfer_email.as_ref())
            .query("transfer_meeting", self.transfer_meeting.as_ref())
            .query("transfer_webinar", self.transfer_webinar.as_ref())
            .query("transfer_recording", self.transfer_recording.as_ref())
            .query("transfer_whiteboard", self.transfer_whiteboard.as_ref())
            .query("transfer_clipfiles", self.transfer_clipfiles.as_ref())
            .query("transfer_notes", self.transfer_notes.as_ref())
            .query("transfer_visitors", self.transfer_visitors.as_ref())
            .query("transfer_docs", self.transfer_docs.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_user`].
pub static UPDATE_USER: OperationInfo = OperationInfo::new(
    "updateUser",
    Method::PATCH,
    "/users/{userId}",
    RateLimitCategory::Light,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Update a user
    ///
    /// Changes profile fields of a user. Only the fields present in the body are changed.
    ///
    /// - Request: `PATCH /users/{userId}` (operation `updateUser`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Light
    /// - Optional: [`login_type`](UpdateUser::login_type), [`remove_tsp_credentials`](UpdateUser::remove_tsp_credentials)
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    /// - `body`: The request body, a [`UpdateUserRequest`](types::UpdateUserRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: A Zoom Room user cannot get this user type, or only an admin may change the name, host key, PMI or vanity name.
    /// - `400` code `300`: A value was rejected, such as a banned word in the name, an invalid password or plan_united_type, or a downgrade blocked by Zoom Events.
    /// - `400` code `1108`: The caller may not change this user's type.
    /// - `400` code `1109`: The host is not a paid user.
    /// - `400` code `1120`: The user's invitation expired or could not be found.
    /// - `400` code `2033`: The account already has its maximum of basic users.
    /// - `400` code `2034`: The account has no free license for the requested plan.
    /// - `400` code `2038`: The account has no free license for the requested Zoom One plan.
    /// - `400` code `2039`: Not enough basic licenses to turn off the Zoom United license.
    /// - `400` code `3412`: The account reached its permitted number of users of the target type.
    /// - `400` code `4100`: The personal link name is already used in the account.
    /// - `404` code `1001`: The user does not exist.
    pub fn update_user(
        &self,
        user_id: impl Into<String>,
        body: types::UpdateUserRequest,
    ) -> UpdateUser {
        UpdateUser {
            client: self.clone(),
            user_id: user_id.into(),
            login_type: None,
            remove_tsp_credentials: None,
            body,
        }
    }
}

/// Request builder of [`Client::update_user`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateUser {
    client: Client,
    user_id: String,
    login_type: Option<types::LoginType>,
    remove_tsp_credentials: Option<bool>,
    body: types::UpdateUserRequest,
}

impl UpdateUser {
    /// Login method of the user, for users who sign in more than one way.
    pub fn login_type(mut self, value: types::LoginType) -> Self {
        self.login_type = Some(value);
        self
    }

    /// Also remove the user's TSP credentials.
    pub fn remove_tsp_credentials(mut self, value: bool) -> Self {
        self.remove_tsp_credentials = Some(value);
        self
    }

    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UpdateUser {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_USER);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_USER)
            .path("userId", "user_id", &self.user_id)
            .query("login_type", self.login_type.as_ref())
            .query("remove_tsp_credentials", self.remove_tsp_credentials.as_ref());
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_user_assistants`].
pub static LIST_USER_ASSISTANTS: OperationInfo = OperationInfo::new(
    "listUserAssistants",
    Method::GET,
    "/users/{userId}/assistants",
    RateLimitCategory::Medium,
    &["user:read:admin", "user:read"],
);

impl Client {
    /// List user assistants
    ///
    /// Returns the users who may schedule meetings on this user's behalf. The list is not paginated.
    ///
    /// - Request: `GET /users/{userId}/assistants` (operation `listUserAssistants`)
    /// - Scopes (any one): `user:read:admin`, `user:read`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404` code `1001`: The user does not exist.
    pub fn list_user_assistants(
        &self,
        user_id: impl Into<String>,
    ) -> ListUserAssistants {
        ListUserAssistants {
            client: self.clone(),
            user_id: user_id.into(),
        }
    }
}

/// Request builder of [`Client::list_user_assistants`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListUserAssistants {
    client: Client,
    user_id: String,
}

impl ListUserAssistants {
    /// Sends the request; `.await` gives Zoom's answer as a [`AssistantList`](types::AssistantList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::AssistantList>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::AssistantList>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ListUserAssistants {
    type Answer = crate::runtime::Json<types::AssistantList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_USER_ASSISTANTS)
            .path("userId", "user_id", &self.user_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::add_user_assistants`].
pub static ADD_USER_ASSISTANTS: OperationInfo = OperationInfo::new(
    "addUserAssistants",
    Method::POST,
    "/users/{userId}/assistants",
    RateLimitCategory::Medium,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Add assistants
    ///
    /// Gives other users of the same account or organization the right to schedule meetings for this user.
    ///
    /// - Request: `POST /users/{userId}/assistants` (operation `addUserAssistants`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    /// - `body`: The request body, a [`AssistantList`](types::AssistantList).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: The account is not paid, the user is not Licensed or On-prem, the assistant is the user themself, not found, or already an assistant.
    /// - `404` code `1001`: The user does not exist.
    pub fn add_user_assistants(
        &self,
        user_id: impl Into<String>,
        body: types::AssistantList,
    ) -> AddUserAssistants {
        AddUserAssistants {
            client: self.clone(),
            user_id: user_id.into(),
            body,
        }
    }
}

/// Request builder of [`Client::add_user_assistants`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddUserAssistants {
    client: Client,
    user_id: String,
    body: types::AssistantList,
}

impl AddUserAssistants {
    /// Sends the request; `.await` gives Zoom's answer as a [`AddedAssistants`](types::AddedAssistants).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::AddedAssistants>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::AddedAssistants>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for AddUserAssistants {
    type Answer = crate::runtime::Json<types::AddedAssistants>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&ADD_USER_ASSISTANTS);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&ADD_USER_ASSISTANTS)
            .path("userId", "user_id", &self.user_id);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_user_assistants`].
pub static DELETE_USER_ASSISTANTS: OperationInfo = OperationInfo::new(
    "deleteUserAssistants",
    Method::DELETE,
    "/users/{userId}/assistants",
    RateLimitCategory::Light,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Delete user assistants
    ///
    /// Removes every assistant of the user.
    ///
    /// - Request: `DELETE /users/{userId}/assistants` (operation `deleteUserAssistants`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404` code `1001`: The user does not exist.
    pub fn delete_user_assistants(
        &self,
        user_id: impl Into<String>,
    ) -> DeleteUserAssistants {
        DeleteUserAssistants {
            client: self.clone(),
            user_id: user_id.into(),
        }
    }
}

/// Request builder of [`Client::delete_user_assistants`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteUserAssistants {
    client: Client,
    user_id: String,
}

impl DeleteUserAssistants {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for DeleteUserAssistants {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_USER_ASSISTANTS)
            .path("userId", "user_id", &self.user_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_user_assistant`].
pub static DELETE_USER_ASSISTANT: OperationInfo = OperationInfo::new(
    "deleteUserAssistant",
    Method::DELETE,
    "/users/{userId}/assistants/{assistantId}",
    RateLimitCategory::Light,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Delete a user assistant
    ///
    /// Removes one assistant from the user.
    ///
    /// - Request: `DELETE /users/{userId}/assistants/{assistantId}` (operation `deleteUserAssistant`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    /// - `assistant_id`: ID of the assistant to remove.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404` code `1001`: The user does not exist.
    pub fn delete_user_assistant(
        &self,
        user_id: impl Into<String>,
        assistant_id: impl Into<String>,
    ) -> DeleteUserAssistant {
        DeleteUserAssistant {
            client: self.clone(),
            user_id: user_id.into(),
            assistant_id: assistant_id.into(),
        }
    }
}

/// Request builder of [`Client::delete_user_assistant`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteUserAssistant {
    client: Client,
    user_id: String,
    assistant_id: String,
}

impl DeleteUserAssistant {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for DeleteUserAssistant {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_USER_ASSISTANT)
            .path("userId", "user_id", &self.user_id)
            .path("assistantId", "assistant_id", &self.assistant_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_user_email`].
pub static UPDATE_USER_EMAIL: OperationInfo = OperationInfo::new(
    "updateUserEmail",
    Method::PUT,
    "/users/{userId}/email",
    RateLimitCategory::Light,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Update a user's email
    ///
    /// Changes a user's email address. Needs a managed domain; at most three changes per user in 24 hours.
    ///
    /// - Request: `PUT /users/{userId}/email` (operation `updateUserEmail`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    /// - `body`: The request body, a [`UpdateEmailRequest`](types::UpdateEmailRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: Only an account admin can change email addresses.
    /// - `400` code `1000`: An admin cannot change another admin's email.
    /// - `404` code `1001`: The user does not exist.
    pub fn update_user_email(
        &self,
        user_id: impl Into<String>,
        body: types::UpdateEmailRequest,
    ) -> UpdateUserEmail {
        UpdateUserEmail {
            client: self.clone(),
            user_id: user_id.into(),
            body,
        }
    }
}

/// Request builder of [`Client::update_user_email`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateUserEmail {
    client: Client,
    user_id: String,
    body: types::UpdateEmailRequest,
}

impl UpdateUserEmail {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UpdateUserEmail {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_USER_EMAIL);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_USER_EMAIL)
            .path("userId", "user_id", &self.user_id);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_user_password`].
pub static UPDATE_USER_PASSWORD: OperationInfo = OperationInfo::new(
    "updateUserPassword",
    Method::PUT,
    "/users/{userId}/password",
    RateLimitCategory::Medium,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Update a user's password
    ///
    /// Sets a new password for a user. The caller must be an account owner or admin.
    ///
    /// - Request: `PUT /users/{userId}/password` (operation `updateUserPassword`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    /// - `body`: The request body, a [`UpdatePasswordRequest`](types::UpdatePasswordRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: The new password equals the old one, or it was already changed too often in 24 hours.
    /// - `400` code `1117`: An admin's password cannot be changed here.
    /// - `400` code `1123`: Only accounts that sign in with a Zoom work email can have their password set.
    /// - `400` code `1124`: The password is shorter than the account's minimum length.
    /// - `400` code `1125`: The password needs at least one letter.
    /// - `400` code `1126`: The password needs at least one digit.
    /// - `400` code `1127`: The password needs at least one special character.
    /// - `400` code `1128`: The password needs both upper and lower case letters.
    /// - `400` code `1129`: The password was used recently and cannot be reused.
    /// - `400` code `1130`: The password repeats the same character.
    /// - `400` code `1131`: The password contains a run of sequential characters.
    /// - `400` code `1136`: The password is too easy to guess.
    /// - `404` code `1001`: The user does not exist.
    pub fn update_user_password(
        &self,
        user_id: impl Into<String>,
        body: types::UpdatePasswordRequest,
    ) -> UpdateUserPassword {
        UpdateUserPassword {
            client: self.clone(),
            user_id: user_id.into(),
            body,
        }
    }
}

/// Request builder of [`Client::update_user_password`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateUserPassword {
    client: Client,
    user_id: String,
    body: types::UpdatePasswordRequest,
}

impl UpdateUserPassword {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UpdateUserPassword {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_USER_PASSWORD);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_USER_PASSWORD)
            .path("userId", "user_id", &self.user_id);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_user_permissions`].
pub static GET_USER_PERMISSIONS: OperationInfo = OperationInfo::new(
    "getUserPermissions",
    Method::GET,
    "/users/{userId}/permissions",
    RateLimitCategory::Light,
    &["user:read:admin", "user:read"],
);

impl Client {
    /// Get user permissions
    ///
    /// Returns the permission names the user holds through their role.
    ///
    /// - Request: `GET /users/{userId}/permissions` (operation `getUserPermissions`)
    /// - Scopes (any one): `user:read:admin`, `user:read`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404` code `1001`: The user does not exist.
    pub fn get_user_permissions(
        &self,
        user_id: impl Into<String>,
    ) -> GetUserPermissions {
        GetUserPermissions {
            client: self.clone(),
            user_id: user_id.into(),
        }
    }
}

/// Request builder of [`Client::get_user_permissions`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUserPermissions {
    client: Client,
    user_id: String,
}

impl GetUserPermissions {
    /// Sends the request; `.await` gives Zoom's answer as a [`UserPermissions`](types::UserPermissions).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::UserPermissions>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::UserPermissions>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetUserPermissions {
    type Answer = crate::runtime::Json<types::UserPermissions>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_USER_PERMISSIONS)
            .path("userId", "user_id", &self.user_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::upload_user_picture`].
pub static UPLOAD_USER_PICTURE: OperationInfo = OperationInfo::new(
    "uploadUserPicture",
    Method::POST,
    "/users/{userId}/picture",
    RateLimitCategory::Medium,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Upload a user's profile picture
    ///
    /// Replaces the user's profile picture with an uploaded JPEG or PNG image of at most 2 MB.
    ///
    /// - Request: `POST /users/{userId}/picture` (operation `uploadUserPicture`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    /// - `file`: The file, sent as the multipart part `pic_file`.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `120`: The file is empty, larger than 2 MB, or not a JPEG or PNG image.
    /// - `400` code `200`: Only an account admin can change the profile picture.
    /// - `400` code `300`: The image was refused for invalid or explicit content.
    /// - `404` code `1001`: The user does not exist.
    pub fn upload_user_picture(
        &self,
        user_id: impl Into<String>,
        file: Upload,
    ) -> UploadUserPicture {
        UploadUserPicture {
            client: self.clone(),
            user_id: user_id.into(),
            file,
        }
    }
}

/// Request builder of [`Client::upload_user_picture`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UploadUserPicture {
    client: Client,
    user_id: String,
    file: Upload,
}

impl UploadUserPicture {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UploadUserPicture {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&UPLOAD_USER_PICTURE)
            .path("userId", "user_id", &self.user_id);
        let request = request.multipart("pic_file", self.file);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_user_presence_status`].
pub static UPDATE_USER_PRESENCE_STATUS: OperationInfo = OperationInfo::new(
    "updateUserPresenceStatus",
    Method::PUT,
    "/users/{userId}/presence_status",
    RateLimitCategory::Medium,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Update a user's presence status
    ///
    /// Sets the chat presence shown for a user who is signed in to the Zoom client. At most one change per user per minute.
    ///
    /// - Request: `PUT /users/{userId}/presence_status` (operation `updateUserPresenceStatus`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    /// - `body`: The request body, a [`PresenceStatusUpdate`](types::PresenceStatusUpdate).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `5301`: Zoom failed to update the presence status.
    /// - `400` code `5411`: The caller may not change this user's presence status.
    /// - `404` code `1001`: The user does not exist.
    /// - `429`: The presence status was changed too recently; wait a minute.
    pub fn update_user_presence_status(
        &self,
        user_id: impl Into<String>,
        body: types::PresenceStatusUpdate,
    ) -> UpdateUserPresenceStatus {
        UpdateUserPresenceStatus {
            client: self.clone(),
            user_id: user_id.into(),
            body,
        }
    }
}

/// Request builder of [`Client::update_user_presence_status`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateUserPresenceStatus {
    client: Client,
    user_id: String,
    body: types::PresenceStatusUpdate,
}

impl UpdateUserPresenceStatus {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UpdateUserPresenceStatus {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_USER_PRESENCE_STATUS);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_USER_PRESENCE_STATUS)
            .path("userId", "user_id", &self.user_id);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_user_schedulers`].
pub static LIST_USER_SCHEDULERS: OperationInfo = OperationInfo::new(
    "listUserSchedulers",
    Method::GET,
    "/users/{userId}/schedulers",
    RateLimitCategory::Medium,
    &["user:read:admin", "user:read"],
);

impl Client {
    /// List user schedulers
    ///
    /// Returns the users for whom this user may schedule meetings. The list is not paginated.
    ///
    /// - Request: `GET /users/{userId}/schedulers` (operation `listUserSchedulers`)
    /// - Scopes (any one): `user:read:admin`, `user:read`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404` code `1001`: The user does not exist.
    pub fn list_user_schedulers(
        &self,
        user_id: impl Into<String>,
    ) -> ListUserSchedulers {
        ListUserSchedulers {
            client: self.clone(),
            user_id: user_id.into(),
        }
    }
}

/// Request builder of [`Client::list_user_schedulers`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListUserSchedulers {
    client: Client,
    user_id: String,
}

impl ListUserSchedulers {
    /// Sends the request; `.await` gives Zoom's answer as a [`SchedulerList`](types::SchedulerList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::SchedulerList>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::SchedulerList>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ListUserSchedulers {
    type Answer = crate::runtime::Json<types::SchedulerList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_USER_SCHEDULERS)
            .path("userId", "user_id", &self.user_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_user_schedulers`].
pub static DELETE_USER_SCHEDULERS: OperationInfo = OperationInfo::new(
    "deleteUserSchedulers",
    Method::DELETE,
    "/users/{userId}/schedulers",
    RateLimitCategory::Light,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Delete user schedulers
    ///
    /// Revokes the user's right to schedule for every user who granted it.
    ///
    /// - Request: `DELETE /users/{userId}/schedulers` (operation `deleteUserSchedulers`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404` code `1001`: The user does not exist.
    pub fn delete_user_schedulers(
        &self,
        user_id: impl Into<String>,
    ) -> DeleteUserSchedulers {
        DeleteUserSchedulers {
            client: self.clone(),
            user_id: user_id.into(),
        }
    }
}

/// Request builder of [`Client::delete_user_schedulers`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteUserSchedulers {
    client: Client,
    user_id: String,
}

impl DeleteUserSchedulers {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for DeleteUserSchedulers {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_USER_SCHEDULERS)
            .path("userId", "user_id", &self.user_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_user_scheduler`].
pub static DELETE_USER_SCHEDULER: OperationInfo = OperationInfo::new(
    "deleteUserScheduler",
    Method::DELETE,
    "/users/{userId}/schedulers/{schedulerId}",
    RateLimitCategory::Light,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Delete a scheduler
    ///
    /// Revokes the user's right to schedule for one other user.
    ///
    /// - Request: `DELETE /users/{userId}/schedulers/{schedulerId}` (operation `deleteUserScheduler`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    /// - `scheduler_id`: ID of the scheduler entry to remove.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404` code `1001`: The user does not exist.
    pub fn delete_user_scheduler(
        &self,
        user_id: impl Into<String>,
        scheduler_id: impl Into<String>,
    ) -> DeleteUserScheduler {
        DeleteUserScheduler {
            client: self.clone(),
            user_id: user_id.into(),
            scheduler_id: scheduler_id.into(),
        }
    }
}

/// Request builder of [`Client::delete_user_scheduler`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteUserScheduler {
    client: Client,
    user_id: String,
    scheduler_id: String,
}

impl DeleteUserScheduler {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for DeleteUserScheduler {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_USER_SCHEDULER)
            .path("userId", "user_id", &self.user_id)
            .path("schedulerId", "scheduler_id", &self.scheduler_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_user_settings`].
pub static GET_USER_SETTINGS: OperationInfo = OperationInfo::new(
    "getUserSettings",
    Method::GET,
    "/users/{userId}/settings",
    RateLimitCategory::Medium,
    &["user:read:admin", "user:read"],
);

impl Client {
    /// Get user settings
    ///
    /// Returns the user's meeting, recording, telephony and feature settings, or only the part selected by `option`.
    ///
    /// - Request: `GET /users/{userId}/settings` (operation `getUserSettings`)
    /// - Scopes (any one): `user:read:admin`, `user:read`
    /// - Rate limit: Medium
    /// - Optional: [`login_type`](GetUserSettings::login_type), [`option`](GetUserSettings::option), [`custom_query_fields`](GetUserSettings::custom_query_fields)
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `1120`: The user's invitation expired or could not be found.
    /// - `404` code `1001`: The user does not exist.
    pub fn get_user_settings(&self, user_id: impl Into<String>) -> GetUserSettings {
        GetUserSettings {
            client: self.clone(),
            user_id: user_id.into(),
            login_type: None,
            option: None,
            custom_query_fields: None,
        }
    }
}

/// Request builder of [`Client::get_user_settings`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUserSettings {
    client: Client,
    user_id: String,
    login_type: Option<types::LoginType>,
    option: Option<types::SettingsOption>,
    custom_query_fields: Option<String>,
}

impl GetUserSettings {
    /// Login method of the user, for users who sign in more than one way.
    pub fn login_type(mut self, value: types::LoginType) -> Self {
        self.login_type = Some(value);
        self
    }

    /// Return only this group of settings instead of the full settings.
    pub fn option(mut self, value: types::SettingsOption) -> Self {
        self.option = Some(value);
        self
    }

    /// Comma-separated setting names that limit the response, e.g. `host_video,participants_video`.
    pub fn custom_query_fields(mut self, value: impl Into<String>) -> Self {
        self.custom_query_fields = Some(value.into());
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`UserSettings`](types::UserSettings).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::UserSettings>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::UserSettings>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetUserSettings {
    type Answer = crate::runtime::Json<types::UserSettings>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_USER_SETTINGS)
            .path("userId", "user_id", &self.user_id)
            .query("login_type", self.login_type.as_ref())
            .query("option", self.option.as_ref())
            .query("custom_query_fields", self.custom_query_fields.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_user_settings`].
pub static UPDATE_USER_SETTINGS: OperationInfo = OperationInfo::new(
    "updateUserSettings",
    Method::PATCH,
    "/users/{userId}/settings",
    RateLimitCategory::Medium,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Update user settings
    ///
    /// Changes some of the user's settings. The body shape must match the `option` query parameter.
    ///
    /// - Request: `PATCH /users/{userId}/settings` (operation `updateUserSettings`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Medium
    /// - Optional: [`option`](UpdateUserSettings::option)
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    /// - `body`: The request body, a [`UserSettingsUpdate`](types::UserSettingsUpdate).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: The account has no room for more paid, free, webinar or large-meeting users.
    /// - `400` code `300`: Zoom Events capacity cannot be lowered or removed while an event is upcoming.
    /// - `400` code `1108`: Large meetings need a Licensed or On-prem user.
    /// - `400` code `1120`: The user's invitation expired or could not be found.
    /// - `400` code `1122`: Webinars need a Licensed or On-prem user.
    /// - `400` code `1204`: Webinars cannot be enabled while Zoom Events is on.
    /// - `400` code `1205`: Zoom Events cannot be enabled while webinars are on.
    /// - `400` code `1206`: Zoom Events needs a Licensed or On-prem user.
    /// - `400` code `1207`: Concurrent meetings need a Licensed or On-prem user.
    /// - `400` code `1208`: Concurrent Meeting Basic is not available.
    /// - `400` code `1209`: The account reached its number of Concurrent Meeting Basic users.
    /// - `400` code `1210`: Concurrent Meeting Plus is not available.
    /// - `400` code `1211`: The account reached its number of Concurrent Meeting Plus users.
    /// - `400` code `1228`: No Zoom Revenue Accelerator license is left.
    /// - `400` code `1233`: Zoom Revenue Accelerator or Whiteboard cannot be enabled for a Zoom Rooms user.
    /// - `400` code `1234`: Zoom Revenue Accelerator cannot be enabled for an On-prem user.
    /// - `400` code `1242`: Zoom Whiteboard and Zoom Whiteboard Plus cannot both be set.
    /// - `404` code `1001`: The user does not exist.
    pub fn update_user_settings(
        &self,
        user_id: impl Into<String>,
        body: types::UserSettingsUpdate,
    ) -> UpdateUserSettings {
        UpdateUserSettings {
            client: self.clone(),
            user_id: user_id.into(),
            option: None,
            body,
        }
    }
}

/// Request builder of [`Client::update_user_settings`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateUserSettings {
    client: Client,
    user_id: String,
    option: Option<types::SettingsOption>,
    body: types::UserSettingsUpdate,
}

impl UpdateUserSettings {
    /// Group of settings carried by the body; leave out for the general settings.
    pub fn option(mut self, value: types::SettingsOption) -> Self {
        self.option = Some(value);
        self
    }

    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UpdateUserSettings {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_USER_SETTINGS);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_USER_SETTINGS)
            .path("userId", "user_id", &self.user_id)
            .query("option", self.option.as_ref());
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::upload_user_virtual_background`].
pub static UPLOAD_USER_VIRTUAL_BACKGROUND: OperationInfo = OperationInfo::new(
    "uploadUserVirtualBackground",
    Method::POST,
    "/users/{userId}/settings/virtual_backgrounds",
    RateLimitCategory::Medium,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Upload virtual background files
    ///
    /// Adds a virtual background image or video to the user. The virtual background feature must be on.
    ///
    /// - Request: `POST /users/{userId}/settings/virtual_backgrounds` (operation `uploadUserVirtualBackground`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID, or `me` for the user who owns the access token.
    /// - `file`: The file, sent as the multipart part `file`.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `120`: No file was sent, it exceeds 15 MB, the user already has 10 files, or the file type is not allowed.
    /// - `404`: The user or its group was not found.
    pub fn upload_user_virtual_background(
        &self,
        user_id: impl Into<String>,
        file: Upload,
    ) -> UploadUserVirtualBackground {
        UploadUserVirtualBackground {
            client: self.clone(),
            user_id: user_id.into(),
            file,
        }
    }
}

/// Request builder of [`Client::upload_user_virtual_background`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UploadUserVirtualBackground {
    client: Client,
    user_id: String,
    file: Upload,
}

impl UploadUserVirtualBackground {
    /// Sends the request; `.await` gives Zoom's answer as a [`VirtualBackgroundFile`](types::VirtualBackgroundFile).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::VirtualBackgroundFile>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::VirtualBackgroundFile>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UploadUserVirtualBackground {
    type Answer = crate::runtime::Json<types::VirtualBackgroundFile>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&UPLOAD_USER_VIRTUAL_BACKGROUND)
            .path("userId", "user_id", &self.user_id);
        let request = request.multipart("file", self.file);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_user_virtual_backgrounds`].
pub static DELETE_USER_VIRTUAL_BACKGROUNDS: OperationInfo = OperationInfo::new(
    "deleteUserVirtualBackgrounds",
    Method::DELETE,
    "/users/{userId}/settings/virtual_backgrounds",
    RateLimitCategory::Light,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Delete virtual background files
    ///
    /// Removes uploaded virtual background files from the user.
    ///
    /// - Request: `DELETE /users/{userId}/settings/virtual_backgrounds` (operation `deleteUserVirtualBackgrounds`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Light
    /// - Optional: [`file_ids`](DeleteUserVirtualBackgrounds::file_ids)
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID, or `me` for the user who owns the access token.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: The file_ids value is invalid.
    /// - `404` code `1001`: The user does not exist or is not part of this account.
    pub fn delete_user_virtual_backgrounds(
        &self,
        user_id: impl Into<String>,
    ) -> DeleteUserVirtualBackgrounds {
        DeleteUserVirtualBackgrounds {
            client: self.clone(),
            user_id: user_id.into(),
            file_ids: None,
        }
    }
}

/// Request builder of [`Client::delete_user_virtual_backgrounds`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteUserVirtualBackgrounds {
    client: Client,
    user_id: String,
    file_ids: Option<String>,
}

impl DeleteUserVirtualBackgrounds {
    /// Comma-separated IDs of the files to remove.
    pub fn file_ids(mut self, value: impl Into<String>) -> Self {
        self.file_ids = Some(value.into());
        self
    }

    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for DeleteUserVirtualBackgrounds {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_USER_VIRTUAL_BACKGROUNDS)
            .path("userId", "user_id", &self.user_id)
            .query("file_ids", self.file_ids.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_user_status`].
pub static UPDATE_USER_STATUS: OperationInfo = OperationInfo::new(
    "updateUserStatus",
    Method::PUT,
    "/users/{userId}/status",
    RateLimitCategory::Light,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Update user status
    ///
    /// Activates or deactivates a user, or clocks them in or out for workforce management.
    ///
    /// - Request: `PUT /users/{userId}/status` (operation `updateUserStatus`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    /// - `body`: The request body, a [`UserStatusUpdate`](types::UserStatusUpdate).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: Zoom Room and admin users cannot be activated or deactivated.
    /// - `400` code `300`: The user has an upcoming Zoom Event and cannot be deactivated.
    /// - `400` code `2033`: The account already has its maximum of basic users.
    /// - `400` code `3412`: The account reached its permitted number of users of this type.
    /// - `404` code `1001`: The user does not exist.
    pub fn update_user_status(
        &self,
        user_id: impl Into<String>,
        body: types::UserStatusUpdate,
    ) -> UpdateUserStatus {
        UpdateUserStatus {
            client: self.clone(),
            user_id: user_id.into(),
            body,
        }
    }
}

/// Request builder of [`Client::update_user_status`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateUserStatus {
    client: Client,
    user_id: String,
    body: types::UserStatusUpdate,
}

impl UpdateUserStatus {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UpdateUserStatus {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&UPDATE_USER_STATUS)
            .path("userId", "user_id", &self.user_id);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_user_token`].
pub static GET_USER_TOKEN: OperationInfo = OperationInfo::new(
    "getUserToken",
    Method::GET,
    "/users/{userId}/token",
    RateLimitCategory::Light,
    &["user:read:admin", "user:read"],
);

impl Client {
    /// Get a user token
    ///
    /// Returns a token for the user, usually a ZAK used to start meetings on their behalf.
    ///
    /// - Request: `GET /users/{userId}/token` (operation `getUserToken`)
    /// - Scopes (any one): `user:read:admin`, `user:read`
    /// - Rate limit: Light
    /// - Optional: [`type_`](GetUserToken::type_), [`ttl`](GetUserToken::ttl), [`meeting_id`](GetUserToken::meeting_id)
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404` code `1001`: The user does not exist.
    pub fn get_user_token(&self, user_id: impl Into<String>) -> GetUserToken {
        GetUserToken {
            client: self.clone(),
            user_id: user_id.into(),
            type_: None,
            ttl: None,
            meeting_id: None,
        }
    }
}

/// Request builder of [`Client::get_user_token`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUserToken {
    client: Client,
    user_id: String,
    type_: Option<types::UserTokenType>,
    ttl: Option<i64>,
    meeting_id: Option<String>,
}

impl GetUserToken {
    /// Kind of token to return.
    pub fn type_(mut self, value: types::UserTokenType) -> Self {
        self.type_ = Some(value);
        self
    }

    /// Lifetime of a `zak` token in seconds, up to one year; ignored for other types.
    ///
    /// At most 31536000. Zoom assumes `7200` when this is not sent.
    pub fn ttl(mut self, value: i64) -> Self {
        self.ttl = Some(value);
        self
    }

    /// Meeting the `onbehalf` token is issued for; only used with that type.
    pub fn meeting_id(mut self, value: impl Into<String>) -> Self {
        self.meeting_id = Some(value.into());
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`UserToken`](types::UserToken).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::UserToken>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::UserToken>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetUserToken {
    type Answer = crate::runtime::Json<types::UserToken>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&GET_USER_TOKEN);
        v.field(
            "ttl",
            &self.ttl,
            &crate::runtime::Rules {
                maximum: Some(31536000.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.finish()?;
        let request = Request::new(&GET_USER_TOKEN)
            .path("userId", "user_id", &self.user_id)
            .query("type", self.type_.as_ref())
            .query("ttl", self.ttl.as_ref())
            .query("meeting_id", self.meeting_id.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::revoke_user_sso_token`].
pub static REVOKE_USER_SSO_TOKEN: OperationInfo = OperationInfo::new(
    "revokeUserSsoToken",
    Method::DELETE,
    "/users/{userId}/token",
    RateLimitCategory::Light,
    &["user:write:admin", "user:write"],
);

impl Client {
    /// Revoke a user's SSO token
    ///
    /// Invalidates the SSO token of a user, which signs them out of their current session.
    ///
    /// - Request: `DELETE /users/{userId}/token` (operation `revokeUserSsoToken`)
    /// - Scopes (any one): `user:write:admin`, `user:write`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404` code `1001`: The user does not exist.
    pub fn revoke_user_sso_token(
        &self,
        user_id: impl Into<String>,
    ) -> RevokeUserSsoToken {
        RevokeUserSsoToken {
            client: self.clone(),
            user_id: user_id.into(),
        }
    }
}

/// Request builder of [`Client::revoke_user_sso_token`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RevokeUserSsoToken {
    client: Client,
    user_id: String,
}

impl RevokeUserSsoToken {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for RevokeUserSsoToken {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&REVOKE_USER_SSO_TOKEN)
            .path("userId", "user_id", &self.user_id);
        Ok((self.client, request))
    }
}
